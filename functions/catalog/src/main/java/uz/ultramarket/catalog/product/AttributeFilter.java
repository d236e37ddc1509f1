package uz.ultramarket.catalog.product;

import java.math.BigDecimal;
import java.util.List;

/**
 * Products whose attribute {@code key} (or an option one of their SKUs offers) is any of {@code anyOf}. Values are typed
 * as the attribute's kind says: a String for an option ("black"), a number for a number (256), a Boolean for a flag.
 */
public record AttributeFilter(String key, List<Object> anyOf) {

    public AttributeFilter {
        if (key == null || !key.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("bad attribute key '" + key + "'");
        if (anyOf == null || anyOf.isEmpty()) throw new IllegalArgumentException("attribute " + key + " needs a value");
        for (Object value : anyOf) {
            if (!(value instanceof String || value instanceof Integer || value instanceof Long
                    || value instanceof BigDecimal || value instanceof Boolean)) {
                throw new IllegalArgumentException("attribute " + key + " has a value of unsupported type: " + value);
            }
        }
        anyOf = List.copyOf(anyOf);
    }

    public static AttributeFilter of(String key, Object... anyOf) {
        return new AttributeFilter(key, List.of(anyOf));
    }
}
