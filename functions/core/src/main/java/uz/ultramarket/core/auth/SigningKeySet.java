package uz.ultramarket.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.core.json.Json;

/**
 * What the signing-keys secret holds: the current key (first; it signs new tokens), the previous one (still verifies
 * tokens it signed before a rotation), and a 32-byte HMAC key the accounts functions use for keyed hashes (OTP codes).
 * As JSON:
 *
 * <pre>{@code
 * {"keys":[{"kid":"…","createdAt":"…","publicKey":"<base64 X.509>","privateKey":"<base64 PKCS#8>"}, …],"hmacKey":"<base64>"}
 * }</pre>
 */
public record SigningKeySet(List<SigningKey> keys, byte[] hmacKey) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public SigningKeySet {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) throw new IllegalArgumentException("a key set has at least one key");
        if (hmacKey == null || hmacKey.length < 32) throw new IllegalArgumentException("the HMAC key has at least 32 bytes");
        hmacKey = hmacKey.clone();
    }

    /** A first key set: one new key and a new HMAC key. */
    public static SigningKeySet generate(Instant now) {
        byte[] hmac = new byte[32];
        RANDOM.nextBytes(hmac);
        return new SigningKeySet(List.of(SigningKey.generate(Ids.newId(), now)), hmac);
    }

    /** The key that signs new tokens. */
    public SigningKey current() {
        return keys.getFirst();
    }

    public Optional<SigningKey> find(String kid) {
        return keys.stream().filter(k -> k.kid().equals(kid)).findFirst();
    }

    /** A new current key; the old current one stays to verify, any older one goes. The HMAC key stays. */
    public SigningKeySet rotated(Instant now) {
        return new SigningKeySet(List.of(SigningKey.generate(Ids.newId(), now), current()), hmacKey);
    }

    @Override
    public byte[] hmacKey() {
        return hmacKey.clone();
    }

    public String toJson() {
        ObjectNode root = Json.mapper().createObjectNode();
        var array = root.putArray("keys");
        for (var key : keys) {
            ObjectNode node = array.addObject().put("kid", key.kid()).put("createdAt", key.createdAt().toString())
                    .put("publicKey", key.encodedPublicKey());
            key.encodedPrivateKey().ifPresent(p -> node.put("privateKey", p));
        }
        root.put("hmacKey", Base64.getEncoder().encodeToString(hmacKey));
        return Json.write(root);
    }

    public static SigningKeySet fromJson(String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("the signing-keys secret is not JSON", e);
        }
        if (root == null || !root.path("keys").isArray() || !root.path("hmacKey").isTextual()) {
            throw new IllegalStateException("the signing-keys secret needs \"keys\" (an array) and \"hmacKey\"");
        }
        var keys = new ArrayList<SigningKey>();
        for (JsonNode key : root.path("keys")) {
            keys.add(SigningKey.decode(key.path("kid").asText(), Instant.parse(key.path("createdAt").asText()),
                    key.path("publicKey").asText(), key.path("privateKey").isTextual() ? key.path("privateKey").asText() : null));
        }
        return new SigningKeySet(keys, Base64.getDecoder().decode(root.path("hmacKey").asText()));
    }
}
