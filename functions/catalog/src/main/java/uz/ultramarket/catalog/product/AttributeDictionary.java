package uz.ultramarket.catalog.product;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The attribute definitions (table {@code attribute} and {@code attribute_option}) in one language: what a key is
 * called, what kind of value it takes, and how a value reads ("black" → "qora", 256 → "256 GB", true → "ha"). A few
 * dozen rows, read whole.
 */
public final class AttributeDictionary {

    /** One attribute: {@code kind} is number, option or flag; {@code labels} names each option value. */
    public record Definition(String key, String kind, Optional<String> unit, String name, int position,
                             Map<String, String> labels) {}

    private final Map<String, Definition> definitions;
    private final Language language;

    private AttributeDictionary(Map<String, Definition> definitions, Language language) {
        this.definitions = definitions;
        this.language = language;
    }

    public static AttributeDictionary load(Connection connection, Language language) throws SQLException {
        String name = "name_" + language.code();
        var definitions = new LinkedHashMap<String, Definition>();
        try (var statement = connection.prepareStatement(
                "SELECT key, kind, unit, " + name + " AS name, position FROM attribute ORDER BY position, key");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                definitions.put(rows.getString("key"), new Definition(rows.getString("key"), rows.getString("kind"),
                        Optional.ofNullable(rows.getString("unit")), rows.getString("name"), rows.getInt("position"),
                        new LinkedHashMap<>()));
            }
        }
        try (var statement = connection.prepareStatement(
                "SELECT attribute_key, value, " + name + " AS name FROM attribute_option ORDER BY attribute_key, position, value");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                var definition = definitions.get(rows.getString("attribute_key"));
                if (definition != null) definition.labels().put(rows.getString("value"), rows.getString("name"));
            }
        }
        return new AttributeDictionary(definitions, language);
    }

    public Optional<Definition> find(String key) {
        return Optional.ofNullable(definitions.get(key));
    }

    /** The position of {@code key} in shop order; unknown keys last. */
    public int position(String key) {
        var definition = definitions.get(key);
        return definition == null ? Integer.MAX_VALUE : definition.position();
    }

    /** What the attribute is called; the key itself for a key without a definition. */
    public String name(String key) {
        return find(key).map(Definition::name).orElse(key);
    }

    /**
     * How {@code value} (as its JSON text: {@code black}, {@code 256}, {@code true}) reads to a shopper: the option's
     * name, a number with its unit, yes/no for a flag.
     */
    public String label(String key, String value) {
        var definition = definitions.get(key);
        if (definition == null) return value;
        return switch (definition.kind()) {
            case "option" -> definition.labels().getOrDefault(value, value);
            case "number" -> definition.unit().map(unit -> value + " " + unit).orElse(value);
            case "flag" -> Boolean.parseBoolean(value) ? yes() : no();
            default -> value;
        };
    }

    /**
     * A filter value from the query string, typed as the attribute's kind requires.
     *
     * @throws IllegalArgumentException for an unknown key or a value that kind does not take, with a reason to show
     */
    public Object typed(String key, String raw) {
        var definition = definitions.get(key);
        if (definition == null) throw new IllegalArgumentException("is not an attribute of this shop");
        return switch (definition.kind()) {
            case "number" -> {
                try {
                    var number = new BigDecimal(raw);
                    yield number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValueExact() : number;
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new IllegalArgumentException("must be a number, but is '" + raw + "'");
                }
            }
            case "flag" -> switch (raw) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("must be true or false, but is '" + raw + "'");
            };
            default -> {
                if (!definition.labels().containsKey(raw)) {
                    throw new IllegalArgumentException("must be one of " + String.join(", ", definition.labels().keySet())
                            + ", but is '" + raw + "'");
                }
                yield raw;
            }
        };
    }

    private String yes() {
        return switch (language) { case UZ -> "ha"; case RU -> "да"; case EN -> "yes"; };
    }

    private String no() {
        return switch (language) { case UZ -> "yo‘q"; case RU -> "нет"; case EN -> "no"; };
    }
}
