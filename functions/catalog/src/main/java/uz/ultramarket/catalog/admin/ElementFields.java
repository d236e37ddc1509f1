package uz.ultramarket.catalog.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;
import uz.ultramarket.core.http.JsonFields;

/**
 * One JSON value of a request body that core's {@link JsonFields} cannot reach — an element of an array, a multi-line
 * text — read the same way: each problem is named by its path ({@code variants[1].price}) and reported with the body's.
 */
public record ElementFields(JsonNode node, String path, JsonFields body) {

    /** The field {@code name} of this element; its path is {@code <path>.<name>}. */
    public ElementFields field(String name) {
        return new ElementFields(node == null ? null : node.get(name), path.isEmpty() ? name : path + "." + name, body);
    }

    public boolean present() {
        return node != null && !node.isNull();
    }

    public void error(String reason) {
        body.error(path, reason);
    }

    /** A whole number from {@code min} to {@code max}; absent is an error only when required. */
    public Optional<Long> whole(boolean required, long min, long max, String expected) {
        if (!present()) {
            if (required) error("is required");
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            error("must be " + expected);
            return Optional.empty();
        }
        return Optional.of(node.longValue());
    }

    /** Text matching {@code pattern}, which {@code expected} describes to a person. */
    public Optional<String> text(boolean required, Pattern pattern, String expected) {
        if (!present()) {
            if (required) error("is required");
            return Optional.empty();
        }
        if (!node.isTextual() || !pattern.matcher(node.asText()).matches()) {
            error("must be " + expected);
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    /** Free text of up to {@code maxLength} characters; line breaks are allowed, other control characters are not. */
    public String paragraph(int maxLength) {
        if (!present()) return "";
        if (!node.isTextual()) {
            error("must be a string");
            return "";
        }
        String value = node.asText().strip();
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            error("must not hold control characters");
            return "";
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            error("must be at most " + maxLength + " characters long");
            return "";
        }
        return value;
    }
}
