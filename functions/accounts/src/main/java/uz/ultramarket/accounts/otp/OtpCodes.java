package uz.ultramarket.accounts.otp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uz.ultramarket.core.auth.SigningKeys;

/**
 * Makes 6-digit codes and their keyed hashes: HMAC-SHA256 with the server's HMAC key (kept with the signing keys, in
 * Secrets Manager), over the challenge id, phone, purpose and code. A copy of the table alone cannot be brute-forced
 * back to codes, and a hash is bound to its one challenge.
 */
public final class OtpCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SigningKeys keys;

    public OtpCodes(SigningKeys keys) {
        this.keys = keys;
    }

    public String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public String hash(String challengeId, String phone, OtpPurpose purpose, String code) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.current().hmacKey(), "HmacSHA256"));
            String message = "otp|" + challengeId + "|" + phone + "|" + purpose.id() + "|" + code;
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing", e);
        }
    }

    /** Constant-time comparison of two hashes. */
    public static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
