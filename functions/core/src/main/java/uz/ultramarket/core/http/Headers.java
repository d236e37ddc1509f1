package uz.ultramarket.core.http;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Request headers by case-insensitive name, as API Gateway (payload 2.0) delivers them. */
public final class Headers {

    private static final Headers EMPTY = new Headers(Map.of());

    private final Map<String, String> byLowerCaseName;

    private Headers(Map<String, String> byLowerCaseName) {
        this.byLowerCaseName = byLowerCaseName;
    }

    public static Headers of(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return EMPTY;
        }
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (name != null && value != null) {
                lower.merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + "," + b);
            }
        });
        return new Headers(Map.copyOf(lower));
    }

    /** The header's value as received (repeats arrive joined by commas). */
    public Optional<String> first(String name) {
        return Optional.ofNullable(byLowerCaseName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Each comma-separated element of a list-valued header (payload 2.0 joins repeated headers with commas). */
    public List<String> all(String name) {
        return first(name)
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    // names only: values such as Authorization must never reach a log line
    @Override
    public String toString() {
        return byLowerCaseName.keySet().toString();
    }
}
