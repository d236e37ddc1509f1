package uz.ultramarket.payments.click;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One Prepare or Complete request as Click sends it (form-encoded; JSON is accepted too): each field exactly as
 * received — the signature is over those strings — with {@code merchant_prepare_id} only in Complete.
 */
public record ClickRequest(String clickTransId, String serviceId, String clickPaydocId, String merchantTransId,
                           Optional<String> merchantPrepareId, String amount, String action, String error, String errorNote,
                           String signTime, String signString) {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,6})?");

    /** Thrown for a request missing a field or with one Click never sends: answered {@code -8}. */
    public static final class Malformed extends RuntimeException {
        Malformed(String field) { super(field, null, false, false); }
    }

    /** Reads {@code body} ({@code contentType} form or JSON); {@code complete} requires {@code merchant_prepare_id}. */
    public static ClickRequest read(String body, String contentType, boolean complete) {
        var fields = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json") ? json(body) : form(body);
        var prepareId = Optional.ofNullable(fields.get("merchant_prepare_id")).filter(v -> !v.isBlank());
        if (complete && prepareId.isEmpty()) throw new Malformed("merchant_prepare_id");
        prepareId.ifPresent(v -> integer(v, "merchant_prepare_id"));
        return new ClickRequest(integer(required(fields, "click_trans_id"), "click_trans_id"),
                integer(required(fields, "service_id"), "service_id"), integer(required(fields, "click_paydoc_id"), "click_paydoc_id"),
                required(fields, "merchant_trans_id"), prepareId, required(fields, "amount"),
                integer(required(fields, "action"), "action"), integer(required(fields, "error"), "error"),
                fields.getOrDefault("error_note", ""), required(fields, "sign_time"), required(fields, "sign_string"));
    }

    /** The amount in tiyin, exactly ({@code "15000"}, {@code "15000.0"} and {@code "15000.00"} are 1,500,000); empty when not a so'm amount. */
    public Optional<Long> amountTiyin() {
        if (!AMOUNT.matcher(amount).matches()) return Optional.empty();
        try {
            return Optional.of(new BigDecimal(amount).movePointRight(2).longValueExact());
        } catch (ArithmeticException fractionOfATiyin) {
            return Optional.empty();
        }
    }

    public boolean clickFailed() {
        return Long.parseLong(error) < 0;
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) throw new Malformed(name);
        return value;
    }

    private static String integer(String value, String name) {
        if (!INTEGER.matcher(value).matches()) throw new Malformed(name);
        return value;
    }

    private static Map<String, String> form(String body) {
        var fields = new HashMap<String, String>();
        if (body == null) return fields;
        for (var pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            } catch (IllegalArgumentException badEscape) {
                throw new Malformed("body");
            }
        }
        return fields;
    }

    private static Map<String, String> json(String body) {
        try {
            var node = uz.ultramarket.core.json.Json.mapper().readTree(body);
            var fields = new HashMap<String, String>();
            if (node == null || !node.isObject()) throw new Malformed("body");
            node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : ""));
            return fields;
        } catch (java.io.IOException e) {
            throw new Malformed("body");
        }
    }
}
