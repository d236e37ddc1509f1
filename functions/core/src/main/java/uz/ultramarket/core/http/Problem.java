package uz.ultramarket.core.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}.
 *
 * @param type   {@code /api/docs#problem-<slug>}, a stable identifier clients may switch on
 * @param errors one entry per bad field; omitted from the JSON when empty
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "/api/docs#problem-";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(String slug, String title, int status, String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, errors);
    }

    /** The problem for a failure that is ours, not the caller's: says only where to look, never what broke. */
    public static Problem internal(String requestId) {
        return of("internal", "Internal error", 500,
                "Something went wrong on our side. If it keeps happening, contact support and quote request id "
                        + requestId + ".",
                List.of());
    }
}
