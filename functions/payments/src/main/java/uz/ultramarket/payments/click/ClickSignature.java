package uz.ultramarket.payments.click;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Click's {@code sign_string} (spec §4): lower-case hex MD5 of the fields as received, concatenated —
 * {@code click_trans_id service_id SECRET merchant_trans_id [merchant_prepare_id] amount action sign_time} — compared in
 * constant time.
 */
public final class ClickSignature {

    private ClickSignature() {}

    public static String of(ClickRequest request, String secretKey) {
        String source = request.clickTransId() + request.serviceId() + secretKey + request.merchantTransId()
                + (request.action().equals("1") ? request.merchantPrepareId().orElse("") : "") + request.amount() + request.action() + request.signTime();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    public static boolean matches(ClickRequest request, String secretKey) {
        byte[] expected = of(request, secretKey).getBytes(StandardCharsets.US_ASCII);
        byte[] given = request.signString().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
