package uz.ultramarket.local.click;

import java.net.URLEncoder;
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

    /**
     * Prepare's form as Click sends it, fields in its order, signed with {@code secretKey}; {@code prepareId} non-null
     * makes it Complete ({@code action=1}, with {@code error}: 0, or negative when Click could not debit).
     */
    public static java.util.LinkedHashMap<String, String> form(String clickTransId, String paydocId, String serviceId, String secretKey,
                                                                String merchantTransId, String amount, String prepareId, int error,
                                                                String signTime) {
        boolean complete = prepareId != null;
        String action = complete ? "1" : "0";
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("click_trans_id", clickTransId);
        fields.put("service_id", serviceId);
        fields.put("click_paydoc_id", paydocId);
        fields.put("merchant_trans_id", merchantTransId);
        if (complete) fields.put("merchant_prepare_id", prepareId);
        fields.put("amount", amount);
        fields.put("action", action);
        fields.put("error", Integer.toString(error));
        fields.put("error_note", error == 0 ? "Success" : "Transaction cancelled");
        fields.put("sign_time", signTime);
        fields.put("sign_string", complete
                ? complete(clickTransId, serviceId, secretKey, merchantTransId, prepareId, amount, action, signTime)
                : prepare(clickTransId, serviceId, secretKey, merchantTransId, amount, action, signTime));
        return fields;
    }

    /** {@code fields} URL-encoded as a form body. */
    public static String encoded(java.util.Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("&"));
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
