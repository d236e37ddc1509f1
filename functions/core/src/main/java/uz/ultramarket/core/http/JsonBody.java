package uz.ultramarket.core.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uz.ultramarket.core.json.Json;

/** Reads a JSON request body into a type, turning every way it can be wrong into a 4xx a person can act on. */
final class JsonBody {

    private static final String EXPECTED_MEDIA_TYPE = "application/json";
    // Jackson appends "[Source: …; line: …]" and "(start marker at …)"; the location is reported separately
    private static final Pattern JACKSON_LOCATION = Pattern.compile("\\s*(\\(start marker at )?\\[Source:.*$", Pattern.DOTALL);

    private JsonBody() {}

    static <T> T read(HttpRequest request, Class<T> type) {
        String contentType = request.header("content-type").orElse(null);
        if (!isJson(contentType)) {
            throw ApiException.unsupportedMediaType(contentType, EXPECTED_MEDIA_TYPE);
        }
        if (isBlank(request.body())) {
            throw ApiException.badRequest("The request body is empty; send a JSON object.",
                    new FieldError("body", "is required"));
        }
        try (JsonParser parser = Json.mapper().createParser(request.body())) {
            T value = Json.mapper().readValue(parser, type);
            if (parser.nextToken() != null) {
                throw malformed("unexpected content after the JSON value", parser.currentTokenLocation());
            }
            return value;
        } catch (InvalidDefinitionException e) {
            throw new IllegalStateException("JSON cannot be mapped to " + type.getName(), e);
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals(EXPECTED_MEDIA_TYPE) || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static ApiException translate(JsonProcessingException e) {
        JsonParseException syntax = causeOfType(e, JsonParseException.class);
        if (syntax != null) {
            return malformed(syntax.getOriginalMessage(), syntax.getLocation());
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return malformed(e.getOriginalMessage(), e.getLocation());
        }
        String field = path(mapping.getPath());
        return ApiException.validation(List.of(new FieldError(field.isEmpty() ? "body" : field, reason(mapping))));
    }

    private static ApiException malformed(String reason, JsonLocation location) {
        String firstLine = reason == null ? "" : reason.lines().findFirst().orElse("");
        String cleaned = JACKSON_LOCATION.matcher(firstLine).replaceAll("");
        String where = location == null || location.getLineNr() < 0
                ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return ApiException.malformedJson("The request body is not valid JSON" + where + ": " + cleaned + ".");
    }

    /** {@code items[0].quantity} from Jackson's reference chain. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof ValueInstantiationException) {
            // records and value types validate in their constructors with IllegalArgumentException
            return e.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null
                    ? iae.getMessage()
                    : "is not valid";
        }
        InputCoercionException range = causeOfType(e, InputCoercionException.class);
        if (range != null) {
            return "is out of range for " + describe(range.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            // Jackson reports a missing or null primitive (FAIL_ON_NULL_FOR_PRIMITIVES) only through its message
            String message = mismatch.getOriginalMessage();
            if (message != null && message.contains("`null`")) {
                return "is required";
            }
            return "must be " + describe(mismatch.getTargetType());
        }
        return "is not valid";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of: " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class && type != char.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a date-time such as 2025-01-31T09:30:00Z";
        }
        if (type == LocalDate.class) {
            return "a date such as 2025-01-31";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "an object" : "a valid value";
    }

    private static <X extends Throwable> X causeOfType(Throwable t, Class<X> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
