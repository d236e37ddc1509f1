package uz.ultramarket.core.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request's query parameters read the way {@link JsonFields} reads a body: each problem is named by its parameter and
 * reported together by {@link #validate()}. A blank parameter counts as absent.
 */
public final class QueryFields {

    private final HttpRequest request;
    private final List<FieldError> errors = new ArrayList<>();

    private QueryFields(HttpRequest request) {
        this.request = request;
    }

    public static QueryFields of(HttpRequest request) {
        return new QueryFields(request);
    }

    /** The parameter's text, trimmed; empty when absent or blank. */
    public Optional<String> text(String name) {
        return request.query(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** A day, {@code yyyy-MM-dd}. */
    public Optional<LocalDate> day(String name) {
        return text(name).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                error(name, "must be a day, yyyy-MM-dd");
                return Optional.empty();
            }
        });
    }

    /** A whole number from {@code min} to {@code max}, {@code otherwise} when absent. */
    public int integer(String name, int otherwise, int min, int max) {
        var text = text(name);
        if (text.isEmpty()) return otherwise;
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // named below
        }
        error(name, "must be a whole number from " + min + " to " + max);
        return otherwise;
    }

    /** Days {@code from} to {@code to}, both included. */
    public record Days(LocalDate from, LocalDate to) {}

    /**
     * {@code from} and {@code to}: at most {@code maxDays} days, by default the {@code defaultDays} up to
     * {@code defaultTo}; {@code from} after {@code to}, or a longer range, is named as {@code from}.
     */
    public Days days(LocalDate defaultTo, int defaultDays, int maxDays) {
        var to = day("to").orElse(defaultTo);
        var from = day("from").orElse(to.minusDays(defaultDays - 1L));
        if (from.isAfter(to)) error("from", "must not be after to");
        else if (from.plusDays(maxDays).isBefore(to.plusDays(1))) error("from", "the range is at most " + maxDays + " days");
        return new Days(from, to);
    }

    public void error(String name, String reason) {
        errors.add(new FieldError(name, reason));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** 400 naming every bad parameter, if there is one. */
    public void validate() {
        if (!errors.isEmpty()) throw ApiException.validation(errors);
    }
}
