package uz.ultramarket.payments.payme;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import uz.ultramarket.core.json.Json;

/**
 * The shop's Payme kassa, read from the {@code payme-merchant-key} secret (JSON {@code merchantId}, {@code key},
 * optional {@code checkoutUrl}): checks Payme's Basic auth in constant time and rotates the key when Payme calls
 * ChangePassword. Another container may have rotated it, so a refused key makes it read the secret again (at most
 * every few seconds) before refusing.
 */
public final class PaymeKassa {

    public static final String LOGIN = "Paycom";
    public static final String DEFAULT_CHECKOUT_URL = "https://checkout.paycom.uz";
    private static final Duration REREAD_AFTER = Duration.ofSeconds(5);

    /** The kassa: its id, the current key, and where its checkout page is. */
    public record Settings(String merchantId, String key, String checkoutUrl) {
        @Override
        public String toString() { return "Settings[merchantId=" + merchantId + ", checkoutUrl=" + checkoutUrl + "]"; } // never the key
    }

    private final Supplier<String> readSecret;
    private final Consumer<String> writeSecret;
    private final Clock clock;
    private volatile Settings settings;
    private volatile Instant readAt = Instant.MIN;

    public PaymeKassa(Supplier<String> readSecret, Consumer<String> writeSecret, Clock clock) {
        this.readSecret = readSecret;
        this.writeSecret = writeSecret;
        this.clock = clock;
    }

    public Settings settings() {
        var current = settings;
        return current != null ? current : reread();
    }

    /** Whether {@code authorization} is {@code Basic base64(Paycom:<current key>)}. */
    public boolean authorizes(Optional<String> authorization) {
        if (authorization.isEmpty()) return false;
        if (matches(authorization.get(), settings())) return true;
        if (Duration.between(readAt, clock.instant()).compareTo(REREAD_AFTER) < 0) return false;
        return matches(authorization.get(), reread());
    }

    /** Whether {@code key} is the key in use now. */
    public boolean isCurrent(String key) {
        return MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), settings().key().getBytes(StandardCharsets.UTF_8));
    }

    /** Stores {@code newKey} in the secret (the rest of it unchanged); from now on only it is accepted. */
    public synchronized void rotate(String newKey) {
        var json = (ObjectNode) Json.read(readSecret.get(), com.fasterxml.jackson.databind.JsonNode.class);
        json.put("key", newKey);
        writeSecret.accept(Json.write(json));
        settings = parse(Json.write(json));
        readAt = clock.instant();
    }

    private synchronized Settings reread() {
        settings = parse(readSecret.get());
        readAt = clock.instant();
        return settings;
    }

    private static Settings parse(String secret) {
        var json = Json.read(secret, com.fasterxml.jackson.databind.JsonNode.class);
        String merchantId = json.path("merchantId").asText("");
        String key = json.path("key").asText("");
        if (merchantId.isBlank() || key.isBlank()) throw new IllegalStateException("the payme-merchant-key secret needs merchantId and key");
        String checkout = json.path("checkoutUrl").asText(DEFAULT_CHECKOUT_URL);
        return new Settings(merchantId, key, checkout.endsWith("/") ? checkout.substring(0, checkout.length() - 1) : checkout);
    }

    private static boolean matches(String authorization, Settings settings) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((LOGIN + ":" + settings.key()).getBytes(StandardCharsets.UTF_8));
        String given = authorization.strip();
        // the scheme is case-insensitive (RFC 7617); the credentials are not
        if (given.length() > 6 && given.substring(0, 6).equalsIgnoreCase("Basic ")) given = "Basic " + given.substring(6).strip();
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
