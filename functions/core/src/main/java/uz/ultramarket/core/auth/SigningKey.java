package uz.ultramarket.core.auth;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * One EC P-256 key pair that signs access tokens, named by {@code kid} in each token's header. A verifier needs only
 * the public half.
 */
public record SigningKey(String kid, Instant createdAt, ECPublicKey publicKey, Optional<ECPrivateKey> privateKey) {

    public SigningKey {
        if (kid == null || kid.isBlank()) throw new IllegalArgumentException("a signing key needs a kid");
        privateKey = privateKey == null ? Optional.empty() : privateKey;
    }

    /** A new P-256 key pair named {@code kid}. */
    public static SigningKey generate(String kid, Instant createdAt) {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            var pair = generator.generateKeyPair();
            return new SigningKey(kid, createdAt, (ECPublicKey) pair.getPublic(), Optional.of((ECPrivateKey) pair.getPrivate()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no EC P-256", e);
        }
    }

    /** From the secret's base64 DER forms: X.509 for the public key, PKCS#8 for the private one (may be null). */
    static SigningKey decode(String kid, Instant createdAt, String publicKey, String privateKey) {
        try {
            var factory = KeyFactory.getInstance("EC");
            var pub = (ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Optional<ECPrivateKey> priv = privateKey == null
                    ? Optional.empty()
                    : Optional.of((ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey))));
            return new SigningKey(kid, createdAt, pub, priv);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("signing key " + kid + " in the key secret is not a valid EC key", e);
        }
    }

    String encodedPublicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    Optional<String> encodedPrivateKey() {
        return privateKey.map(k -> Base64.getEncoder().encodeToString(k.getEncoded()));
    }

    /** The private key that signs; a verifier-only copy has none. */
    public ECPrivateKey requirePrivateKey() {
        return privateKey.orElseThrow(() -> new IllegalStateException("signing key " + kid + " has no private key"));
    }
}
