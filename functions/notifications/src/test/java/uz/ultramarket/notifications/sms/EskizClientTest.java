package uz.ultramarket.notifications.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What needs no server; the wire protocol is tested against the local Eskiz sandbox (local's EskizContractTest). */
class EskizClientTest {

    @Test
    void numbersAreSentAsTwelveDigitsWithoutPlusOrSpaces() {
        assertEquals("998901234567", EskizClient.eskizNumber("+998901234567"));
        assertEquals("998901234567", EskizClient.eskizNumber("+998 90 123-45-67"));
        assertEquals("998901234567", EskizClient.eskizNumber("998901234567"));
        assertThrows(IllegalArgumentException.class, () -> EskizClient.eskizNumber("901234567"));
        assertThrows(IllegalArgumentException.class, () -> EskizClient.eskizNumber("+79001234567"));
        var thrown = assertThrows(IllegalArgumentException.class, () -> EskizClient.eskizNumber("+99890123456"));
        assertFalse(thrown.getMessage().contains("99890123456"), "no phone numbers in messages that reach logs");
    }

    @Test
    void aTokensExpiryComesFromItsJwtClaims() {
        String claims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"iat\":1700000000,\"exp\":1702592000,\"sub\":\"7\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of(Instant.ofEpochSecond(1702592000)), EskizClient.expiryOf("eyJhbGciOiJIUzI1NiJ9." + claims + ".c2ln"));
        assertEquals(Optional.empty(), EskizClient.expiryOf("not-a-jwt"));
        assertEquals(Optional.empty(), EskizClient.expiryOf("a.%%%.c"));
    }

    @Test
    void theSecretNeedsOnlyALoginAndDefaultsTheRest() {
        var account = EskizAccount.fromSecret("{\"email\":\"sms@ultramarket.uz\",\"password\":\"s3cret\"}");
        assertEquals("4546", account.from());
        assertEquals(URI.create("https://notify.eskiz.uz/api"), account.baseUrl());
        assertEquals(Optional.empty(), account.callbackUrl());
        assertFalse(account.toString().contains("s3cret"));

        var local = EskizAccount.fromSecret("{\"email\":\"e\",\"password\":\"p\",\"from\":\"UltraMarket\",\"baseUrl\":\"http://127.0.0.1:9/api/\","
                + "\"callbackUrl\":\"https://shop.uz/api/sms/eskiz-callback/t0k3n\"}");
        assertEquals("UltraMarket", local.from());
        assertEquals(URI.create("http://127.0.0.1:9/api"), local.baseUrl());
        assertEquals(Optional.of(URI.create("https://shop.uz/api/sms/eskiz-callback/t0k3n")), local.callbackUrl());

        var missing = assertThrows(IllegalStateException.class, () -> EskizAccount.fromSecret("{\"email\":\"e\"}"));
        assertTrue(missing.getMessage().contains("password"));
        assertThrows(IllegalStateException.class, () -> EskizAccount.fromSecret("not json"));
    }

    @Test
    void statusesReadAsTheSpecSays() {
        assertEquals(SmsReport.Delivery.DELIVERED, new SmsReport("1", "r", "998901234567", "DELIVRD", 1).delivery());
        assertEquals(SmsReport.Delivery.DELIVERED, new SmsReport("1", "r", "998901234567", "delivered", 1).delivery());
        for (var failed : new String[] {"REJECTED", "UNDELIV", "UNDELIVERABLE", "EXPIRED", "DELETED"}) {
            assertEquals(SmsReport.Delivery.FAILED, new SmsReport("1", "r", "998901234567", failed, 1).delivery(), failed);
        }
        for (var pending : new String[] {"waiting", "NEW", "STORED", "ACCEPTED", "ENROUTE", "UNKNOWN", "PARTDELIVERED"}) {
            assertEquals(SmsReport.Delivery.PENDING, new SmsReport("1", "r", "998901234567", pending, 1).delivery(), pending);
        }
    }

    @Test
    void failuresSayWhetherTryingAgainCanHelp() {
        assertTrue(new EskizException(500, "boom", "send").transientFailure());
        assertTrue(new EskizException(429, "slow down", "send").transientFailure());
        assertTrue(new EskizException("send", new java.io.IOException("refused")).transientFailure());
        assertFalse(new EskizException(400, "bad number", "send").transientFailure());
        assertTrue(new EskizException(401, "Expired token", "send").unauthorized());
    }
}
