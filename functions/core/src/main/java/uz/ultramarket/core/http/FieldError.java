package uz.ultramarket.core.http;

/** One bad input field of a request: {@code field} is a JSON path like {@code items[0].quantity}. */
public record FieldError(String field, String reason) {}
