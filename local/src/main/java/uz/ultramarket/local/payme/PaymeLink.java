package uz.ultramarket.local.payme;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uz.ultramarket.local.payments.SandboxPages;

/**
 * The parameters of a Payme checkout link (spec §10.1): {@code <checkout>/<base64 of "m=…;ac.order_id=…;a=…;l=…;c=…">}.
 *
 * @param account         every {@code ac.<field>}, by field name ({@code order_id} among them)
 * @param amount          tiyin
 * @param lang            {@code uz}, {@code ru} or {@code en} ({@code ru} when the link has no {@code l}, as at Payme)
 * @param returnUrl       {@code c}; null when the link has none
 * @param returnAfterMillis {@code ct}: how long the success page waits before going back; null when not given
 */
public record PaymeLink(String merchantId, Map<String, String> account, long amount, String lang, String returnUrl, Long returnAfterMillis) {

    public static final Set<String> LANGUAGES = Set.of("uz", "ru", "en");

    /** A link Payme could not read; {@code code} is what Payme shows for it (spec §9). */
    public static final class Malformed extends Exception {
        private final int code;

        Malformed(int code, String message) {
            super(message);
            this.code = code;
        }

        public int code() { return code; }
    }

    public String orderId() { return account.get("order_id"); }

    /** Reads the part after {@code <checkout>/}; standard Base64, padded or not (as {@code java.util.Base64} takes it). */
    public static PaymeLink parse(String base64) throws Malformed {
        String text;
        try {
            text = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Malformed(-31610, "The link is not standard Base64: " + e.getMessage());
        }
        var params = new LinkedHashMap<String, String>();
        for (var part : text.split(";")) {
            if (part.isEmpty()) continue;
            int eq = part.indexOf('=');
            if (eq <= 0) throw new Malformed(-31610, "\"" + part + "\" is not key=value (decoded link: " + text + ")");
            if (params.putIfAbsent(part.substring(0, eq), part.substring(eq + 1)) != null) {
                throw new Malformed(-31610, "\"" + part.substring(0, eq) + "\" is given twice (decoded link: " + text + ")");
            }
        }
        String merchant = params.get("m");
        if (merchant == null || merchant.isBlank()) throw new Malformed(-31610, "The link names no merchant (m); decoded: " + text);
        var account = new LinkedHashMap<String, String>();
        params.forEach((key, value) -> { if (key.startsWith("ac.")) account.put(key.substring(3), value); });
        if (account.getOrDefault("order_id", "").isBlank()) throw new Malformed(-31610, "The link has no ac.order_id; decoded: " + text);
        String amount = params.getOrDefault("a", "");
        if (!amount.matches("[1-9]\\d{0,15}")) throw new Malformed(-31610, "The amount a=\"" + amount + "\" is not a positive number of tiyin");
        String lang = params.getOrDefault("l", "ru");
        if (!LANGUAGES.contains(lang)) throw new Malformed(-31610, "The language l=\"" + lang + "\" is none of uz, ru, en");
        String returnUrl = params.get("c");
        if (returnUrl != null && !SandboxPages.isWebAddress(returnUrl)) {
            throw new Malformed(-31610, "The return address c=\"" + returnUrl + "\" is not an absolute http(s) URL");
        }
        String wait = params.get("ct");
        if (wait != null && !wait.matches("\\d{1,9}")) throw new Malformed(-31610, "ct=\"" + wait + "\" is not a number of milliseconds");
        return new PaymeLink(merchant, Map.copyOf(account), Long.parseLong(amount), lang, returnUrl, wait == null ? null : Long.valueOf(wait));
    }

    /** The part after {@code <checkout>/} for these values, as the shop builds it: standard padded Base64, {@code c} unescaped. */
    public static String encode(String merchantId, String orderId, long amount, String lang, String returnUrl) {
        String params = "m=" + merchantId + ";ac.order_id=" + orderId + ";a=" + amount + ";l=" + lang + (returnUrl == null ? "" : ";c=" + returnUrl);
        return Base64.getEncoder().encodeToString(params.getBytes(StandardCharsets.UTF_8));
    }
}
