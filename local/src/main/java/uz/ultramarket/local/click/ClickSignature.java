package uz.ultramarket.local.click;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Click's {@code sign_string} (spec §4): lower-case hex MD5 of the fields' exact strings, joined with nothing between.
 * Prepare: {@code click_trans_id service_id SECRET_KEY merchant_trans_id amount action sign_time}; Complete puts
 * {@code merchant_prepare_id} after {@code merchant_trans_id}.
 */
public final class ClickSignature {
    private ClickSignature() {}

    public static String prepare(String clickTransId, String serviceId, String secretKey, String merchantTransId, String amount,
                                 String action, String signTime) {
        return md5(clickTransId + serviceId + secretKey + merchantTransId + amount + action + signTime);
    }

    public static String complete(String clickTransId, String serviceId, String secretKey, String merchantTransId, String merchantPrepareId,
                                  String amount, String action, String signTime) {
        return md5(clickTransId + serviceId + secretKey + merchantTransId + merchantPrepareId + amount + action + signTime);
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
