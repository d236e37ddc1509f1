package uz.ultramarket.local.click;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.ultramarket.local.payments.ProviderCall;
import uz.ultramarket.local.payments.ProviderCalls;
import uz.ultramarket.local.payments.SandboxAccounts;
import uz.ultramarket.local.payments.SandboxPages;

/**
 * The Click sandbox driven as a browser would (plain HTTP, redirects not followed by themselves) against a merchant
 * double on the same loopback server: the Prepare and Complete forms, field by field, and their signatures.
 */
class ClickSandboxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final List<String> PREPARE_FIELDS = List.of("click_trans_id", "service_id", "click_paydoc_id", "merchant_trans_id", "amount",
            "action", "error", "error_note", "sign_time", "sign_string");
    private static final List<String> COMPLETE_FIELDS = List.of("click_trans_id", "service_id", "click_paydoc_id", "merchant_trans_id",
            "merchant_prepare_id", "amount", "action", "error", "error_note", "sign_time", "sign_string");

    private static HttpServer server;
    private static URI base;
    private static ClickSandbox sandbox;
    private static ProviderCalls calls;
    private static final ClickMerchantDouble MERCHANT = new ClickMerchantDouble();
    private static final List<String> SHOP_VISITS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        server.createContext(ClickSandbox.PREPARE_PATH, MERCHANT::handle);
        server.createContext(ClickSandbox.COMPLETE_PATH, MERCHANT::handle);
        server.createContext("/shop/", exchange -> {
            try (exchange) {
                SHOP_VISITS.add(exchange.getRequestURI().toString());
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        MERCHANT.reset();
        SHOP_VISITS.clear();
        calls = new ProviderCalls();
        if (sandbox != null) {
            server.removeContext(ClickSandbox.PREFIX);
            sandbox.close();
        }
        sandbox = new ClickSandbox(base, calls);
        server.createContext(ClickSandbox.PREFIX, sandbox::handle);
    }

    @Test
    void payPreparesThenCompletesWithSignedForms() throws Exception {
        String returnUrl = base + "/shop/orders/1001?paid=click&x=1";
        var link = sandbox.link("1001", "15000.00", returnUrl);
        assertEquals(base + "/_local/click/services/pay?service_id=30001&merchant_id=20001&amount=15000.00&transaction_param=1001&return_url="
                + URLEncoder.encode(returnUrl, StandardCharsets.UTF_8), link.toString());
        String checkout = open(link.toString());
        var page = get(checkout);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("15 000,00 so'm") && page.body().contains("<dd id=\"order\">1001</dd>"), page.body());
        assertTrue(MERCHANT.requests.isEmpty(), "opening the page calls nobody");

        var paid = post(checkout + "/card", Map.of("card", "8600 1234 5678 9012"));
        assertEquals(200, paid.statusCode(), paid.body());
        assertEquals("paid", paid.headers().firstValue(SandboxPages.OUTCOME_HEADER).orElseThrow());
        assertEquals(returnUrl, paid.headers().firstValue(SandboxPages.RETURN_HEADER).orElseThrow());
        assertTrue(paid.body().contains("<meta http-equiv=\"refresh\" content=\"1;url=" + SandboxPages.escape(returnUrl) + "\">"), paid.body());
        assertTrue(paid.body().contains("<a id=\"return\" href=\"" + SandboxPages.escape(returnUrl) + "\">"), paid.body());

        assertEquals(List.of(ClickSandbox.PREPARE_PATH, ClickSandbox.COMPLETE_PATH), MERCHANT.paths());
        var prepare = MERCHANT.requests.get(0);
        var complete = MERCHANT.requests.get(1);
        for (var request : MERCHANT.requests) assertEquals("application/x-www-form-urlencoded", request.contentType());
        assertEquals(PREPARE_FIELDS, List.copyOf(prepare.fields().keySet()));
        assertEquals(COMPLETE_FIELDS, List.copyOf(complete.fields().keySet()));
        var p = prepare.fields();
        assertTrue(p.get("click_trans_id").matches("\\d+") && p.get("click_paydoc_id").matches("\\d+"), p.toString());
        assertEquals("30001", p.get("service_id"));
        assertEquals("1001", p.get("merchant_trans_id"));
        assertEquals("15000.00", p.get("amount"), "exactly the link's string");
        assertEquals("0", p.get("action"));
        assertEquals("0", p.get("error"));
        assertEquals("Success", p.get("error_note"));
        assertSignTimeIsTashkentNow(p.get("sign_time"));
        assertEquals(ClickSignature.md5(p.get("click_trans_id") + "30001" + "ultramarket-local-click-secret" + "1001" + "15000.00" + "0" + p.get("sign_time")),
                p.get("sign_string"));
        assertTrue(p.get("sign_string").matches("[0-9a-f]{32}"));

        var c = complete.fields();
        assertEquals(p.get("click_trans_id"), c.get("click_trans_id"));
        assertEquals(p.get("click_paydoc_id"), c.get("click_paydoc_id"));
        assertEquals("30001", c.get("service_id"));
        assertEquals("1001", c.get("merchant_trans_id"));
        String prepareId = JSON.readTree(calls.inOrder(ClickSandbox.PROVIDER).getFirst().reply()).path("merchant_prepare_id").asText();
        assertEquals(prepareId, c.get("merchant_prepare_id"), "the id Prepare answered");
        assertEquals("15000.00", c.get("amount"));
        assertEquals("1", c.get("action"));
        assertEquals("0", c.get("error"));
        assertEquals("Success", c.get("error_note"));
        assertSignTimeIsTashkentNow(c.get("sign_time"));
        assertEquals(ClickSignature.md5(c.get("click_trans_id") + "30001" + "ultramarket-local-click-secret" + "1001" + prepareId + "15000.00" + "1"
                + c.get("sign_time")), c.get("sign_string"));
        assertEquals("paid", MERCHANT.prepared.get(prepareId));

        var logged = calls.inOrder(ClickSandbox.PROVIDER);
        assertEquals(List.of("prepare", "complete"), logged.stream().map(ProviderCall::method).toList());
        assertEquals(List.of(base + ClickSandbox.PREPARE_PATH, base + ClickSandbox.COMPLETE_PATH), logged.stream().map(ProviderCall::url).toList());
        assertEquals(List.of(prepare.raw(), complete.raw()), logged.stream().map(ProviderCall::request).toList());
        for (var call : logged) {
            assertEquals(200, call.status());
            assertNull(call.identicalToFirst(), "Click's calls are no repeats");
            assertFalse(call.repeat());
        }
        assertEquals(0, JSON.readTree(logged.getLast().reply()).path("error").asInt());

        var back = BROWSER.send(HttpRequest.newBuilder(URI.create(paid.headers().firstValue(SandboxPages.RETURN_HEADER).orElseThrow())).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, back.statusCode());
        assertEquals(List.of("/shop/orders/1001?paid=click&x=1"), SHOP_VISITS);

        assertEquals(paid.body(), post(checkout + "/card", Map.of("card", "8600123456789012")).body(), "a second click shows how it ended");
        assertEquals(paid.body(), get(checkout).body());
        assertEquals(2, MERCHANT.requests.size());
    }

    @Test
    void failPaymentPreparesThenCompletesWithError5017AndExpectsMinus9() throws Exception {
        String returnUrl = base + "/shop/orders/1001";
        String checkout = open(sandbox.link("1001", "15000.00", returnUrl).toString());
        var cancelled = post(checkout + "/fail", Map.of());
        assertEquals(200, cancelled.statusCode());
        assertEquals("cancelled", cancelled.headers().firstValue(SandboxPages.OUTCOME_HEADER).orElseThrow());
        assertTrue(cancelled.body().contains("url=" + SandboxPages.escape(returnUrl)), "-9 as expected: back by itself");
        assertEquals(List.of(ClickSandbox.PREPARE_PATH, ClickSandbox.COMPLETE_PATH), MERCHANT.paths());
        var c = MERCHANT.requests.get(1).fields();
        assertEquals("-5017", c.get("error"));
        assertEquals("Transaction cancelled", c.get("error_note"));
        assertEquals("1", c.get("action"));
        assertEquals(ClickSignature.complete(c.get("click_trans_id"), "30001", SandboxAccounts.CLICK_SECRET_KEY, "1001", c.get("merchant_prepare_id"),
                "15000.00", "1", c.get("sign_time")), c.get("sign_string"));
        assertEquals("cancelled", MERCHANT.prepared.get(c.get("merchant_prepare_id")));
        assertEquals(-9, JSON.readTree(calls.all().getFirst().reply()).path("error").asInt());
    }

    @Test
    void aCancellationNotAnsweredMinus9IsAWarningAndTheShopperStays() throws Exception {
        MERCHANT.cancelsAsAlreadyPaid = true;
        String checkout = open(sandbox.link("1001", "15000.00", base + "/shop/orders/1001").toString());
        var page = post(checkout + "/fail", Map.of());
        assertEquals(200, page.statusCode());
        assertEquals("cancelled", page.headers().firstValue(SandboxPages.OUTCOME_HEADER).orElseThrow(), "Click cancels it whatever the shop says");
        assertTrue(page.body().contains("was answered -4 (Already paid), not -9"), page.body());
        assertFalse(page.body().contains("http-equiv=\"refresh\""), "the warning stays to be read");
    }

    @Test
    void aPrepareRefusedEndsWithoutComplete() throws Exception {
        String returnUrl = base + "/shop/orders/9999";
        String checkout = open(sandbox.link("9999", "15000.00", returnUrl).toString());
        var refused = post(checkout + "/card", Map.of("card", "8600123456789012"));
        assertEquals(409, refused.statusCode());
        assertEquals("refused", refused.headers().firstValue(SandboxPages.OUTCOME_HEADER).orElseThrow());
        assertTrue(refused.body().contains("-5") && refused.body().contains("User does not exist"), refused.body());
        assertTrue(refused.body().contains("<a id=\"return\""), "a link back");
        assertFalse(refused.body().contains("http-equiv=\"refresh\""), "an error stays to be read");
        assertEquals(List.of(ClickSandbox.PREPARE_PATH), MERCHANT.paths());

        String wrongAmount = open(sandbox.link("1001", "14999.99", returnUrl).toString());
        assertTrue(post(wrongAmount + "/card", Map.of("card", "8600123456789012")).body().contains("Incorrect parameter amount"));
    }

    @Test
    void aCardNotOf16DigitsCallsNobody() throws Exception {
        String checkout = open(sandbox.link("1001", "15000.00", null).toString());
        for (var card : List.of("8600 1234 5678", "8600 1234 5678 90123", "abcd efgh ijkl mnop", "")) {
            var refused = post(checkout + "/card", Map.of("card", card));
            assertEquals(422, refused.statusCode(), card);
            assertTrue(refused.body().contains("16 digits"), refused.body());
        }
        assertTrue(MERCHANT.requests.isEmpty());
        assertTrue(calls.all().isEmpty());
    }

    @Test
    void badLinksAreRefusedWithoutACall() throws Exception {
        String pay = base + ClickSandbox.PAY_PATH;
        for (var query : List.of("service_id=1&merchant_id=20001&amount=15000.00&transaction_param=1001",
                "service_id=30001&merchant_id=1&amount=15000.00&transaction_param=1001",
                "service_id=30001&merchant_id=20001&amount=15000,00&transaction_param=1001",
                "service_id=30001&merchant_id=20001&amount=0.00&transaction_param=1001",
                "service_id=30001&merchant_id=20001&amount=abc&transaction_param=1001",
                "service_id=30001&merchant_id=20001&amount=15000.00",
                "service_id=30001&merchant_id=20001&amount=15000.00&transaction_param=1001&return_url=javascript%3Aalert(1)",
                "")) {
            var answer = get(pay + "?" + query);
            assertEquals(400, answer.statusCode(), query);
            assertTrue(answer.body().contains("id=\"error\""), answer.body());
        }
        assertEquals(404, get(base + "/_local/click/pay/ffff").statusCode());
        assertTrue(MERCHANT.requests.isEmpty());
    }

    @Test
    void settingsAndSecretHaveTheirShapes() throws Exception {
        assertEquals("{\"serviceId\":\"30001\",\"merchantId\":\"20001\",\"secretKey\":\"ultramarket-local-click-secret\",\"payUrl\":\"" + base
                + "/_local/click/services/pay\"}", sandbox.secretJson());
        assertEquals("{\"prepareUrl\":\"" + base + "/api/payments/click/prepare\",\"completeUrl\":\"" + base
                + "/api/payments/click/complete\",\"serviceId\":\"30001\",\"merchantId\":\"20001\",\"secretKey\":\"ultramarket-local-click-secret\"}",
                JSON.writeValueAsString(sandbox.settings()));
        assertEquals(200, get(base + "/_local/click/").statusCode());
    }

    private static void assertSignTimeIsTashkentNow(String signTime) {
        var at = LocalDateTime.parse(signTime, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        var now = LocalDateTime.now(ZoneId.of("Asia/Tashkent"));
        assertTrue(Duration.between(at, now).abs().toSeconds() < 60, signTime + " vs " + now);
    }

    /** GETs the pay link; the sandbox answers 303 to the checkout, whose absolute URL this returns. */
    private static String open(String link) throws Exception {
        var opened = get(link);
        assertEquals(303, opened.statusCode(), opened.body());
        String location = opened.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/_local/click/pay/[0-9a-f]{32}"), location);
        return base + location;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return BROWSER.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return BROWSER.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
