package uz.ultramarket.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uz.ultramarket.core.phone.Phone;

/**
 * A JSON object body read field by field, collecting every problem before answering, so one 400 names every bad field
 * ({@code errors[]}). Fields not in {@code known} are errors too. Text is trimmed; a text field counts characters
 * (code points), refuses control characters, and treats blank as absent.
 */
public final class JsonFields {

    private final JsonNode body;
    private final List<FieldError> errors;
    private final String prefix;

    private JsonFields(JsonNode body, List<FieldError> errors, String prefix) {
        this.body = body;
        this.errors = errors;
        this.prefix = prefix;
    }

    /** The request's body as a JSON object whose field names are all in {@code known}. */
    public static JsonFields of(HttpRequest request, String... known) {
        JsonNode body = request.json(JsonNode.class);
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object.", new FieldError("body", "must be a JSON object"));
        }
        return new JsonFields(body, new ArrayList<>(), "").knowing(known);
    }

    /**
     * A nested JSON object field, read the same way: its problems are named {@code <name>.<field>} and reported by this
     * body's {@link #validate()}.
     */
    public Optional<JsonFields> object(String name, boolean required, String... known) {
        JsonNode node = present(name, required);
        if (node == null) return Optional.empty();
        if (!node.isObject()) {
            error(name, "must be a JSON object");
            return Optional.empty();
        }
        return Optional.of(new JsonFields(node, errors, prefix + name + ".").knowing(known));
    }

    /**
     * An array of JSON objects, each read the same way: the problems of its third element are named
     * {@code <name>[2].<field>}. At most {@code max} elements.
     */
    public List<JsonFields> objects(String name, boolean required, int max, String... known) {
        JsonNode node = present(name, required);
        if (node == null) return List.of();
        if (!node.isArray() || node.size() > max) {
            error(name, "must be an array of at most " + max + " objects");
            return List.of();
        }
        var elements = new ArrayList<JsonFields>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject()) error(name + "[" + i + "]", "must be a JSON object");
            else elements.add(new JsonFields(node.get(i), errors, prefix + name + "[" + i + "].").knowing(known));
        }
        return elements;
    }

    /** Where this reader's fields are named: {@code rates[2].} for an element of {@code rates}. */
    public String prefix() {
        return prefix;
    }

    private JsonFields knowing(String... known) {
        Set<String> allowed = new LinkedHashSet<>(List.of(known));
        body.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) error(name, "is not a known field");
        });
        return this;
    }

    /** Whether the body has the field at all (even as {@code null}). */
    public boolean has(String name) {
        return body.has(name);
    }

    /** Whether the field is present and {@code null}: "remove this value" in a PATCH. */
    public boolean isNull(String name) {
        return body.has(name) && body.get(name).isNull();
    }

    /** A text field; a required one that is absent, null or blank is an error. */
    public Optional<String> text(String name, boolean required, int minLength, int maxLength) {
        JsonNode node = present(name, required);
        if (node == null) return Optional.empty();
        if (!node.isTextual()) {
            error(name, "must be a string");
            return Optional.empty();
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            if (required) error(name, "is required");
            else if (minLength > 0) error(name, "must not be blank");
            return Optional.empty();
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            error(name, "must be one line without control characters");
            return Optional.empty();
        }
        int length = value.codePointCount(0, value.length());
        if (length < minLength) {
            error(name, "must be at least " + minLength + " characters long");
            return Optional.empty();
        }
        if (length > maxLength) {
            error(name, "must be at most " + maxLength + " characters long, but is " + length);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A secret such as a password: not trimmed, may hold any printable characters. */
    public Optional<String> secret(String name, boolean required, int minLength, int maxLength) {
        JsonNode node = present(name, required);
        if (node == null) return Optional.empty();
        if (!node.isTextual()) {
            error(name, "must be a string");
            return Optional.empty();
        }
        String value = node.asText();
        int length = value.codePointCount(0, value.length());
        if (length < minLength) {
            error(name, "must be at least " + minLength + " characters long");
            return Optional.empty();
        }
        if (length > maxLength) {
            error(name, "must be at most " + maxLength + " characters long");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A whole number from {@code min} to {@code max}: {@code 1.5}, {@code "2"} or {@code "abc"} are errors, not rounded or parsed. */
    public Optional<Integer> integer(String name, boolean required, int min, int max) {
        JsonNode node = present(name, required);
        if (node == null) return Optional.empty();
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            error(name, "must be a whole number from " + min + " to " + max);
            return Optional.empty();
        }
        return Optional.of(node.intValue());
    }

    /** {@code true} or {@code false}, as JSON booleans (not strings or numbers). */
    public Optional<Boolean> bool(String name, boolean required) {
        JsonNode node = present(name, required);
        if (node == null) return Optional.empty();
        if (!node.isBoolean()) {
            error(name, "must be true or false");
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    /** An amount of money in tiyin: a whole number, not negative (so'm with decimals are refused, not rounded). */
    public Optional<Long> tiyin(String name, boolean required) {
        JsonNode node = present(name, required);
        if (node == null) return Optional.empty();
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            error(name, "must be a whole number of tiyin, 0 or more");
            return Optional.empty();
        }
        return Optional.of(node.longValue());
    }

    /** An Uzbek phone number in any usual writing, normalised to +998XXXXXXXXX. */
    public Optional<Phone> phone(String name, boolean required) {
        return text(name, required, 1, 40).flatMap(typed -> {
            try {
                return Optional.of(Phone.parse(typed));
            } catch (Phone.InvalidPhoneException e) {
                error(name, e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** A text field that must be one of a fixed set of words, turned into its value by {@code parse} (which throws IllegalArgumentException). */
    public <T> Optional<T> choice(String name, boolean required, Function<String, T> parse, String expected) {
        return text(name, required, 1, 40).flatMap(value -> {
            try {
                return Optional.of(parse.apply(value));
            } catch (IllegalArgumentException e) {
                error(name, "must be " + expected);
                return Optional.empty();
            }
        });
    }

    /** The field's value; null (and an error if it is required) when it is absent or {@code null}. */
    private JsonNode present(String name, boolean required) {
        JsonNode node = body.get(name);
        if (node != null && !node.isNull()) return node;
        if (required) error(name, "is required");
        return null;
    }

    public void error(String field, String reason) {
        errors.add(new FieldError(prefix + field, reason));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** 400 naming every bad field, if there is one. */
    public void validate() {
        if (!errors.isEmpty()) throw ApiException.validation(errors);
    }
}
