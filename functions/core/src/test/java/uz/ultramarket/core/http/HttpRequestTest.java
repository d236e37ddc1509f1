package uz.ultramarket.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpRequestTest {

    enum Delivery { COURIER, PICKUP }

    record Checkout(Delivery delivery, Instant deliverBy) {}

    private static HttpRequest request(Map<String, String> headers, String body) {
        return new HttpRequest("POST", "/api/checkout", "POST /api/checkout", Map.of(), Map.of(), Headers.of(headers),
                Map.of(), body.getBytes(StandardCharsets.UTF_8), "r1", "127.0.0.1", Instant.EPOCH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL                          | uz",
            "''                            | uz",
            "ru                            | ru",
            "en-US,en;q=0.9                | en",
            "ru-RU,ru;q=0.9,en;q=0.8       | ru",
            "de-DE,de;q=0.9,en;q=0.5       | en",
            "en;q=0.5,ru;q=0.8             | ru",
            "fr,de                         | uz",
            "uz-Latn-UZ,ru;q=0.7           | uz",
            "ru;q=0,en;q=0.1               | en",
            "en;q=0.8,ru;q=0.8             | en",
            "en;q=abc,ru;q=0.2             | ru",
            "*                             | uz"})
    void languageFollowsAcceptLanguageWithQValues(String header, String expected) {
        Map<String, String> headers = header == null ? Map.of() : Map.of("Accept-Language", header);

        assertEquals(expected, request(headers, "").language());
    }

    @Test
    void enumAndInstantFieldsExplainWhatTheyAccept() {
        ApiException badEnum = assertThrows(ApiException.class, () -> request(Map.of("content-type", "application/json"),
                "{\"delivery\":\"DRONE\"}").json(Checkout.class));
        ApiException badTime = assertThrows(ApiException.class, () -> request(Map.of("content-type", "application/json"),
                "{\"deliverBy\":\"tomorrow\"}").json(Checkout.class));

        assertEquals("delivery", badEnum.problem().errors().getFirst().field());
        assertEquals("must be one of: COURIER, PICKUP", badEnum.problem().errors().getFirst().reason());
        assertEquals("deliverBy", badTime.problem().errors().getFirst().field());
    }

    @Test
    void duplicateKeysAreRefused() {
        ApiException e = assertThrows(ApiException.class, () -> request(Map.of("content-type", "application/json"),
                "{\"delivery\":\"COURIER\",\"delivery\":\"PICKUP\"}").json(Checkout.class));

        assertEquals(400, e.status());
    }

    @Test
    void instantsAreReadFromIso() {
        Checkout checkout = request(Map.of("content-type", "application/json"),
                "{\"delivery\":\"PICKUP\",\"deliverBy\":\"2025-03-01T09:00:00Z\"}").json(Checkout.class);

        assertEquals(Instant.parse("2025-03-01T09:00:00Z"), checkout.deliverBy());
    }

    @Test
    void bodyTextIsUtf8() {
        assertEquals("Тошкент", request(Map.of(), "Тошкент").bodyText());
    }

    @Test
    void pathParamMissingFromTheRouteIsIllegalState() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> request(Map.of(), "").pathParam("id"));

        assertEquals("Route 'POST /api/checkout' has no path parameter {id}", e.getMessage());
    }
}
