package uz.ultramarket.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;
import uz.ultramarket.core.json.Json;

/**
 * Compact JWS with ES256 (ECDSA P-256, SHA-256) and nothing else, on the JDK's own crypto. The signature is JOSE's
 * raw {@code R || S} (64 bytes), which the JDK writes and reads as {@code SHA256withECDSAinP1363Format}.
 */
public final class Jwt {

    public static final String ALGORITHM = "ES256";
    private static final String JDK_ALGORITHM = "SHA256withECDSAinP1363Format";
    private static final int SIGNATURE_BYTES = 64;
    private static final int MAX_TOKEN_CHARS = 4096;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Jwt() {}

    /** A token whose parts decoded; its signature is not checked yet ({@link #verifiedBy}). */
    public record Parsed(JsonNode header, JsonNode claims, byte[] signingInput, byte[] signature) {

        public Optional<String> keyId() {
            return header.path("kid").isTextual() ? Optional.of(header.path("kid").asText()) : Optional.empty();
        }

        /** Whether the header says ES256 and the signature is {@code key}'s over the header and claims. */
        public boolean verifiedBy(PublicKey key) {
            if (!ALGORITHM.equals(header.path("alg").asText(null)) || signature.length != SIGNATURE_BYTES) {
                return false;
            }
            try {
                var verifier = Signature.getInstance(JDK_ALGORITHM);
                verifier.initVerify(key);
                verifier.update(signingInput);
                return verifier.verify(signature);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }
    }

    /** Signs {@code claims} with {@code key}, naming the key {@code kid} in the header. */
    public static String sign(ObjectNode claims, String kid, PrivateKey key) {
        ObjectNode header = Json.mapper().createObjectNode().put("alg", ALGORITHM).put("typ", "JWT").put("kid", kid);
        String input = encode(Json.write(header)) + "." + encode(Json.write(claims));
        try {
            var signer = Signature.getInstance(JDK_ALGORITHM);
            signer.initSign(key);
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + ENCODER.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with ES256", e);
        }
    }

    /** The token's three parts, or empty when it is not a well-formed compact JWS with JSON objects in it. */
    public static Optional<Parsed> parse(String token) {
        if (token == null || token.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode header = Json.mapper().readTree(DECODER.decode(parts[0]));
            JsonNode claims = Json.mapper().readTree(DECODER.decode(parts[1]));
            byte[] signature = DECODER.decode(parts[2]);
            if (header == null || !header.isObject() || claims == null || !claims.isObject()) {
                return Optional.empty();
            }
            byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            return Optional.of(new Parsed(header, claims, input, signature));
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private static String encode(String json) {
        return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
