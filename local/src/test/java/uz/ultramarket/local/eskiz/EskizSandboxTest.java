package uz.ultramarket.local.eskiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's wire format against specs/eskiz-sms.md, byte by byte, without our client: the other half of the contract. */
class EskizSandboxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static EskizSandbox sandbox;

    @BeforeAll
    static void start() throws Exception { sandbox = EskizSandbox.start(0); }

    @AfterAll
    static void stop() { sandbox.close(); }

    @BeforeEach
    void reset() {
        sandbox.setBalance(1_000_000);
        sandbox.setTestAccount(false);
        sandbox.failNextSends(0);
    }

    record Answer(int status, JsonNode body) {}

    private static Answer call(String method, String path, String token, Map<String, String> form) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path));
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (form == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            request.header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    private static String login() throws Exception {
        var answer = call("POST", "/auth/login", null, Map.of("email", sandbox.email(), "password", sandbox.password()));
        assertEquals(200, answer.status());
        return answer.body().path("data").path("token").asText();
    }

    private static Map<String, String> sms(String phone, String text) {
        var form = new LinkedHashMap<String, String>();
        form.put("mobile_phone", phone);
        form.put("message", text);
        form.put("from", "4546");
        return form;
    }

    @Test
    void loginAnswersATokenAsTheSpecShowsIt() throws Exception {
        var answer = call("POST", "/auth/login", null, Map.of("email", sandbox.email(), "password", sandbox.password()));
        assertEquals(200, answer.status());
        assertEquals("token_generated", answer.body().path("message").asText());
        assertEquals("bearer", answer.body().path("token_type").asText());
        String token = answer.body().path("data").path("token").asText();
        var claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertEquals(30L * 24 * 3600, claims.path("exp").asLong() - claims.path("iat").asLong(), "a JWT that lives 30 days");

        var wrong = call("POST", "/auth/login", null, Map.of("email", sandbox.email(), "password", "guess"));
        assertEquals(401, wrong.status());
        assertTrue(wrong.body().path("message").isTextual());
        assertEquals(400, call("POST", "/auth/login", null, Map.of("email", sandbox.email())).status());
    }

    @Test
    void aMultipartLoginWorksToo() throws Exception {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n" + sandbox.email() + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n" + sandbox.password() + "\r\n"
                + "--" + boundary + "--\r\n";
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/auth/login"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void refreshGivesANewTokenForTheCurrentOne() throws Exception {
        String token = login();
        var refreshed = call("PATCH", "/auth/refresh", token, null);
        assertEquals(200, refreshed.status());
        assertEquals("token_generated", refreshed.body().path("message").asText());
        String next = refreshed.body().path("data").path("token").asText();
        assertTrue(!next.isEmpty() && !next.equals(token));
        assertEquals(401, call("PATCH", "/auth/refresh", null, null).status());
        assertEquals("token-invalid", call("PATCH", "/auth/refresh", "nonsense", null).body().path("status").asText());
    }

    @Test
    void sendAnswersTheRequestIdAndWaitingThenTheSmsIsDelivered() throws Exception {
        String token = login();
        var sent = call("POST", "/message/sms/send", token, sms("998901234567", "Bu Eskiz dan test"));
        assertEquals(200, sent.status());
        String id = sent.body().path("id").asText();
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
        assertEquals("Waiting for SMS provider", sent.body().path("message").asText());
        assertEquals("waiting", sent.body().path("status").asText());

        Answer status = null;
        for (int i = 0; i < 100; i++) {
            status = call("GET", "/message/sms/status_by_id/" + id, token, null);
            if ("DELIVRD".equals(status.body().path("data").path("status").asText())) break;
            Thread.sleep(20);
        }
        assertEquals("success", status.body().path("status").asText());
        var data = status.body().path("data");
        assertEquals("DELIVRD", data.path("status").asText());
        assertEquals(id, data.path("request_id").asText());
        assertEquals("998901234567", data.path("to").asText());
        assertEquals("Bu Eskiz dan test", data.path("message").asText());
        assertEquals(1, data.path("parts_count").asInt());
        assertEquals(0, data.path("encoding").asInt(), "GSM 03.38");
        for (var field : List.of("id", "user_id", "country_id", "connection_id", "smsc_id", "dispatch_id", "user_sms_id", "price", "total_price",
                "is_ad", "nick", "parts", "smsc_data", "sent_at", "submit_sm_resp_at", "delivery_sm_at", "created_at", "updated_at")) {
            assertTrue(data.has(field), field);
        }
        var byNumericId = call("GET", "/message/sms/status_by_id/" + data.path("id").asText(), token, null);
        assertEquals(id, byNumericId.body().path("data").path("request_id").asText(), "the numeric id finds it too");
        assertEquals(404, call("GET", "/message/sms/status_by_id/no-such-id", token, null).status());
    }

    @Test
    void cyrillicTakesUcs2PartsAndEachPartIsBilled() throws Exception {
        String token = login();
        long before = sandbox.balance();
        var sent = call("POST", "/message/sms/send", token, sms("998901234567", "Это тест от Eskiz ".repeat(5)));
        var sms = sandbox.messages().stream().filter(m -> m.id().equals(sent.body().path("id").asText())).findFirst().orElseThrow();
        assertEquals(8, sms.encoding());
        assertEquals(2, sms.parts());
        assertEquals(before - 2 * EskizSandbox.PRICE_PER_PART, sandbox.balance());
    }

    @Test
    void everyRefusalIsANon2xxWithAMessage() throws Exception {
        String token = login();
        assertRefused(401, "Token not provided", call("POST", "/message/sms/send", null, sms("998901234567", "x")));
        assertRefused(401, "Invalid token", call("POST", "/message/sms/send", "forged", sms("998901234567", "x")));
        assertRefused(400, "998XXXXXXXXX", call("POST", "/message/sms/send", token, sms("+998901234567", "x")));
        assertRefused(400, "998XXXXXXXXX", call("POST", "/message/sms/send", token, sms("90 123 45 67", "x")));
        assertRefused(400, "required", call("POST", "/message/sms/send", token, Map.of("mobile_phone", "998901234567")));
        var unapproved = sms("998901234567", "x");
        unapproved.put("from", "MyShop");
        assertRefused(400, "not approved", call("POST", "/message/sms/send", token, unapproved));

        sandbox.setTestAccount(true);
        assertRefused(400, "test", call("POST", "/message/sms/send", token, sms("998901234567", "UltraMarket: kod 123456")));
        assertEquals(200, call("POST", "/message/sms/send", token, sms("998901234567", "This is test from Eskiz")).status());
        sandbox.setTestAccount(false);

        sandbox.setBalance(10);
        assertRefused(400, "Insufficient balance", call("POST", "/message/sms/send", token, sms("998901234567", "x")));
        sandbox.setBalance(1_000_000);

        sandbox.failNextSends(1);
        assertRefused(500, "unavailable", call("POST", "/message/sms/send", token, sms("998901234567", "x")));
        assertEquals(200, call("POST", "/message/sms/send", token, sms("998901234567", "x")).status());

        sandbox.expireTokens();
        var expired = call("GET", "/user/get-limit", token, null);
        assertRefused(401, "Expired token", expired);
        assertEquals("token-invalid", expired.body().path("status").asText(), "the shape a client library recorded");
        assertEquals(405, call("GET", "/message/sms/send", login(), null).status());
        assertEquals(404, call("GET", "/no/such/method", login(), null).status());
    }

    @Test
    void balanceAndUserAreReported() throws Exception {
        String token = login();
        sandbox.setBalance(123_450);
        var limit = call("GET", "/user/get-limit", token, null);
        assertEquals("success", limit.body().path("status").asText());
        assertEquals(123_450, limit.body().path("data").path("balance").asLong());
        var user = call("GET", "/auth/user", token, null);
        assertEquals("success", user.body().path("status").asText());
        assertEquals(sandbox.email(), user.body().path("data").path("email").asText());
        assertTrue(user.body().has("id"));
    }

    private static void assertRefused(int status, String says, Answer answer) {
        assertEquals(status, answer.status(), answer.body().toString());
        assertTrue(answer.body().path("message").asText().contains(says), answer.body().toString());
    }
}
