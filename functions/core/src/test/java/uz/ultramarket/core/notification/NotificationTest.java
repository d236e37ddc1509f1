package uz.ultramarket.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.json.Json;

class NotificationTest {

    private static Notification otp() {
        return Notification.sms("otp:01J9ZQ7D2B", "+998901234567", NotificationTemplate.OTP_CODE, "uz", Map.of("code", "482913"));
    }

    @Test
    void theWireShapeIsPlainJsonWithIdsForEnums() {
        var notification = otp().expiringAt(Instant.parse("2026-11-23T10:05:00Z"));
        assertEquals("{\"idempotencyKey\":\"otp:01J9ZQ7D2B\",\"channel\":\"sms\",\"recipient\":\"+998901234567\",\"template\":\"otp-code\","
                + "\"language\":\"uz\",\"parameters\":{\"code\":\"482913\"},\"expiresAt\":\"2026-11-23T10:05:00Z\"}", Json.write(notification));
        assertEquals(notification, Json.read(Json.write(notification), Notification.class));
    }

    @Test
    void expiryIsOptional() {
        assertFalse(Json.write(otp()).contains("expiresAt"));
        var read = Json.read("{\"idempotencyKey\":\"k\",\"channel\":\"email\",\"recipient\":\"aziza@example.uz\",\"template\":\"order-paid\","
                + "\"language\":\"ru\",\"parameters\":{\"orderNumber\":\"UM-1001\",\"total\":\"125000000\"}}", Notification.class);
        assertEquals(Optional.empty(), read.expiresAt());
        assertFalse(read.isExpiredAt(Instant.now()));
        assertTrue(otp().expiringAt(Instant.parse("2026-01-01T00:00:00Z")).isExpiredAt(Instant.parse("2026-01-01T00:00:01Z")));
    }

    @Test
    void parametersAreSortedSoEqualNotificationsSerializeAlike() {
        var a = Notification.email("k", "a@b.uz", NotificationTemplate.ORDER_PAID, "en", Map.of("total", "100", "orderNumber", "UM-1"));
        var b = Notification.email("k", "a@b.uz", NotificationTemplate.ORDER_PAID, "en", Map.of("orderNumber", "UM-1", "total", "100"));
        assertEquals(Json.write(a), Json.write(b));
        assertTrue(Json.write(a).contains("{\"orderNumber\":\"UM-1\",\"total\":\"100\"}"));
    }

    @Test
    void aBadNotificationFailsItsProducer() {
        assertThrows(IllegalArgumentException.class, () -> Notification.sms("k", "998901234567", NotificationTemplate.OTP_CODE, "uz", Map.of("code", "1")),
                "phone without +");
        assertThrows(IllegalArgumentException.class, () -> Notification.sms("k", "+79001234567", NotificationTemplate.OTP_CODE, "uz", Map.of("code", "1")),
                "not Uzbek");
        assertThrows(IllegalArgumentException.class, () -> Notification.email("k", "not-an-address", NotificationTemplate.OTP_CODE, "uz", Map.of("code", "1")));
        assertThrows(IllegalArgumentException.class, () -> Notification.sms("has space", "+998901234567", NotificationTemplate.OTP_CODE, "uz", Map.of("code", "1")));
        assertThrows(IllegalArgumentException.class, () -> Notification.sms("k".repeat(201), "+998901234567", NotificationTemplate.OTP_CODE, "uz", Map.of("code", "1")));
        assertThrows(IllegalArgumentException.class, () -> Notification.sms("k", "+998901234567", NotificationTemplate.OTP_CODE, "de", Map.of("code", "1")));
        assertThrows(IllegalArgumentException.class, () -> Notification.sms("k", "+998901234567", NotificationTemplate.OTP_CODE, "uz", Map.of()),
                "missing parameter");
        assertThrows(IllegalArgumentException.class, () -> Notification.sms("k", "+998901234567", NotificationTemplate.OTP_CODE, "uz",
                Map.of("code", "1", "cod", "2")), "unknown parameter");
        assertThrows(IllegalArgumentException.class, () -> Notification.sms("k", "+998901234567", NotificationTemplate.OTP_CODE, "uz",
                Map.of("code", "1\n2")), "one line");
        assertThrows(IllegalArgumentException.class, () -> Notification.sms("k", "+998901234567", NotificationTemplate.ORDER_PAID, "uz",
                Map.of("orderNumber", "UM-1", "total", "1250.50")), "money is tiyin");
        var unknownTemplate = assertThrows(UncheckedIOException.class, () -> Json.read("{\"idempotencyKey\":\"k\",\"channel\":\"sms\","
                + "\"recipient\":\"+998901234567\",\"template\":\"nope\",\"language\":\"uz\",\"parameters\":{}}", Notification.class));
        assertTrue(unknownTemplate.getMessage().contains("nope"), unknownTemplate.getMessage());
    }

    @Test
    void logsSeeAMaskedRecipient() {
        assertEquals("+99890*****67", otp().maskedRecipient());
        assertEquals("a***@example.uz", Notification.email("k", "aziza@example.uz", NotificationTemplate.OTP_CODE, "uz", Map.of("code", "1")).maskedRecipient());
    }
}
