package uz.ultramarket.core.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}.
 *
 * @param type   {@code /api/docs#problem-<slug>}, a stable identifier clients may switch on
 * @param errors one entry per bad field; omitted from the JSON when empty
 * @param more   RFC 9457 extension members, written beside the others (e.g. a checkout's new {@code totals})
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors,
        @JsonIgnore Map<String, Object> more) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "/api/docs#problem-";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        more = more == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(more));
    }

    /** The same problem with extension member {@code name} (not one of the standard members). */
    public Problem with(String name, Object value) {
        if (List.of("type", "title", "status", "detail", "errors", "instance").contains(name)) {
            throw new IllegalArgumentException(name + " is a standard member of a problem");
        }
        var members = new LinkedHashMap<>(more);
        members.put(name, value);
        return new Problem(type, title, status, detail, errors, members);
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return more;
    }

    public static Problem of(String slug, String title, int status, String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, errors, Map.of());
    }

    /** The problem for a failure that is ours, not the caller's: says only where to look, never what broke. */
    public static Problem internal(String requestId) {
        return of("internal", "Internal error", 500,
                "Something went wrong on our side. If it keeps happening, contact support and quote request id "
                        + requestId + ".",
                List.of());
    }
}
