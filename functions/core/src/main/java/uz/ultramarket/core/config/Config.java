package uz.ultramarket.core.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Configuration by environment variable name. A JVM system property of the same name wins over the environment,
 * because the local stack runs every function in one JVM and cannot give each its own environment.
 */
public final class Config {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final Function<String, String> lookup;

    /** A config reading names through {@code lookup} (tests pass a map's {@code get}). */
    public Config(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    public static Config fromEnvironment() {
        return new Config(name -> {
            String property = System.getProperty(name);
            return property != null ? property : System.getenv(name);
        });
    }

    /** The value, or empty when unset or blank. */
    public Optional<String> get(String name) {
        String value = lookup.apply(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String require(String name) {
        return get(name).orElseThrow(() -> new IllegalStateException(
                "Missing configuration: set the environment variable " + name
                        + " (or the system property of the same name)"));
    }

    public int getInt(String name, int defaultValue) {
        return get(name).map(v -> parse(name, v, Integer::parseInt, "a whole number")).orElse(defaultValue);
    }

    public long getLong(String name, long defaultValue) {
        return get(name).map(v -> parse(name, v, Long::parseLong, "a whole number")).orElse(defaultValue);
    }

    /** {@code true}/{@code false}, any letter case. */
    public boolean getBoolean(String name, boolean defaultValue) {
        return get(name).map(v -> parse(name, v, Config::strictBoolean, "true or false")).orElse(defaultValue);
    }

    /** ISO-8601 ({@code PT2S}) or a number with a unit: {@code 500ms}, {@code 2s}, {@code 5m}, {@code 1h}, {@code 7d}. */
    public Duration getDuration(String name, Duration defaultValue) {
        return get(name).map(v -> parse(name, v, Config::duration, "a duration such as 2s, 500ms or PT2S"))
                .orElse(defaultValue);
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String expected) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException(
                    "Configuration " + name + " must be " + expected + ", but is '" + value + "'");
        }
    }

    private static boolean strictBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static Duration duration(String value) {
        if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
            return Duration.parse(value);
        }
        Matcher m = SHORT_DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(value);
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
