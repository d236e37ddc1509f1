package uz.ultramarket.core.http;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one error type a handler throws to answer with a 4xx/5xx problem. It carries no stack trace:
 * it is an expected answer, not a bug, and filling one costs time on every bad request.
 */
public class ApiException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ApiException(Problem problem) {
        this(problem, Map.of());
    }

    public ApiException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    /** Extra response headers, e.g. {@code Allow} for 405. */
    public Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return problem.status();
    }

    public static ApiException badRequest(String detail, FieldError... errors) {
        return new ApiException(Problem.of("validation", "Invalid request", 400, detail, Arrays.asList(errors)));
    }

    public static ApiException validation(List<FieldError> errors) {
        String detail = errors.stream()
                .map(e -> e.field() + ": " + e.reason())
                .collect(Collectors.joining("; ", "Please correct: ", "."));
        return new ApiException(Problem.of("validation", "Invalid request", 400, detail, errors));
    }

    public static ApiException malformedJson(String detail) {
        return new ApiException(Problem.of("malformed-json", "Malformed JSON", 400, detail, List.of()));
    }

    public static ApiException notFound(String detail, FieldError... errors) {
        return new ApiException(Problem.of("not-found", "Not found", 404, detail, Arrays.asList(errors)));
    }

    public static ApiException methodNotAllowed(Collection<String> allowedMethods) {
        String allow = String.join(", ", new TreeSet<>(allowedMethods));
        return new ApiException(
                Problem.of("method-not-allowed", "Method not allowed", 405,
                        "This resource supports only: " + allow + ".", List.of()),
                Map.of("Allow", allow));
    }

    public static ApiException payloadTooLarge(long limitBytes) {
        return new ApiException(Problem.of("payload-too-large", "Payload too large", 413,
                "The request body is larger than the " + limitBytes + " bytes this endpoint accepts.", List.of()));
    }

    public static ApiException unsupportedMediaType(String got, String expected) {
        String sent = got == null || got.isBlank() ? "no Content-Type" : "Content-Type " + got;
        return new ApiException(Problem.of("unsupported-media-type", "Unsupported media type", 415,
                "The request has " + sent + "; this endpoint expects " + expected + ".", List.of()));
    }

    /** 401 with {@code WWW-Authenticate: Bearer}, as RFC 9110 requires for a challenge. */
    public static ApiException unauthorized(String detail) {
        return new ApiException(Problem.of("unauthorized", "Unauthorized", 401, detail, List.of()),
                Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(Problem.of("forbidden", "Forbidden", 403, detail, List.of()));
    }

    public static ApiException conflict(String detail, FieldError... errors) {
        return new ApiException(Problem.of("conflict", "Conflict", 409, detail, Arrays.asList(errors)));
    }

    /** 429 with {@code Retry-After} in whole seconds (at least 1). */
    public static ApiException tooManyRequests(String detail, java.time.Duration retryAfter) {
        return new ApiException(Problem.of("too-many-requests", "Too many requests", 429, detail, List.of()))
                .withRetryAfter(retryAfter);
    }

    public static ApiException unavailable(String detail) {
        return new ApiException(Problem.of("unavailable", "Service unavailable", 503, detail, List.of()));
    }

    /** The same problem, telling the caller to try again after {@code delay} (whole seconds, at least 1). */
    public ApiException withRetryAfter(java.time.Duration delay) {
        var more = new java.util.LinkedHashMap<>(headers);
        more.put("Retry-After", Long.toString(Math.max(1, (delay.toMillis() + 999) / 1000)));
        return new ApiException(problem(), more);
    }
}
