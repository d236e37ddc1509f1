package uz.ultramarket.payments.click;

import com.fasterxml.jackson.databind.JsonNode;
import uz.ultramarket.core.json.Json;

/**
 * The Click service of the shop, read from the {@code click-secret-key} secret (JSON {@code serviceId},
 * {@code merchantId}, {@code secretKey}, optional {@code payUrl}).
 */
public record ClickService(String serviceId, String merchantId, String secretKey, String payUrl) {

    public static final String DEFAULT_PAY_URL = "https://my.click.uz/services/pay";

    public static ClickService fromSecret(String secret) {
        var json = Json.read(secret, JsonNode.class);
        String serviceId = json.path("serviceId").asText("");
        String merchantId = json.path("merchantId").asText("");
        String secretKey = json.path("secretKey").asText("");
        if (serviceId.isBlank() || merchantId.isBlank() || secretKey.isBlank()) {
            throw new IllegalStateException("the click-secret-key secret needs serviceId, merchantId and secretKey");
        }
        return new ClickService(serviceId, merchantId, secretKey, json.path("payUrl").asText(DEFAULT_PAY_URL));
    }

    @Override
    public String toString() { return "ClickService[serviceId=" + serviceId + ", merchantId=" + merchantId + "]"; } // never the key
}
