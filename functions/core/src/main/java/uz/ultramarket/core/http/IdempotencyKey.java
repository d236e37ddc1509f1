package uz.ultramarket.core.http;

import java.util.regex.Pattern;

/** The {@code Idempotency-Key} header that writes which must not happen twice take (checkout, payment links, refunds). */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,128}");

    private IdempotencyKey() {}

    /** The request's key: 400 naming the header when it is missing or not 8–128 letters, digits and {@code _.:-}. */
    public static String of(HttpRequest request, String what) {
        var key = request.header(HEADER).map(String::strip).orElse("");
        if (key.isEmpty()) {
            throw ApiException.badRequest(what + " needs an Idempotency-Key header, so that sending it twice does it once.",
                    new FieldError(HEADER, "is required: a new random value (e.g. a UUID) for each one"));
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiException.badRequest("The Idempotency-Key header is not a key we accept.",
                    new FieldError(HEADER, "must be 8 to 128 letters, digits, '_', '.', ':' or '-'"));
        }
        return key;
    }

    /** 422 {@code idempotency-key-reused}: the key came before with another request; {@code detail} says what to do. */
    public static ApiException reused(String detail) {
        return new ApiException(Problem.of("idempotency-key-reused", "Idempotency-Key reused", 422, detail,
                java.util.List.of(new FieldError(HEADER, "belongs to another request"))));
    }
}
