package uz.ultramarket.local.payme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
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
 * The Payme sandbox driven as a browser would (plain HTTP, no redirects followed by themselves), against a merchant
 * double on the same loopback server the way the local gateway serves both: the calls, their order, auth and bodies.
 */
class PaymeSandboxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("Paycom:UltraMarket-local-Payme-test-key-001".getBytes(StandardCharsets.UTF_8));

    private static HttpServer server;
    private static URI base;
    private static PaymeSandbox sandbox;
    private static final PaymeMerchantDouble MERCHANT = new PaymeMerchantDouble();
    private static final AtomicReference<String> STORED_KEY = new AtomicReference<>();
    private static final List<String> SHOP_VISITS = new CopyOnWriteArrayList<>();
    private static ProviderCalls calls;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        server.createContext(PaymeSandbox.ENDPOINT_PATH, MERCHANT::handle);
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
        STORED_KEY.set(null);
        SHOP_VISITS.clear();
        calls = new ProviderCalls();
        if (sandbox != null) {
            server.removeContext(PaymeSandbox.PREFIX);
            sandbox.close();
        }
        sandbox = new PaymeSandbox(base, STORED_KEY::get, calls);
        server.createContext(PaymeSandbox.PREFIX, sandbox::handle);
    }

    // --- the three paths ------------------------------------------------------------------------------------------

    @Test
    void theTestCardAndCodePayWithCreateTwiceAndPerformTwice() throws Exception {
        String returnUrl = base + "/shop/orders/1001?paid=payme";
        var link = sandbox.link("1001", 1_500_000, "uz", returnUrl);
        assertEquals(base + "/_local/payme/" + Base64.getEncoder().encodeToString(("m=64f1c0ffee0ba5e0da7a0001;ac.order_id=1001;a=1500000;l=uz;c="
                + returnUrl).getBytes(StandardCharsets.UTF_8)), link.toString());

        String checkout = open(link);
        assertEquals(List.of("CheckPerformTransaction"), MERCHANT.methods());
        var check = MERCHANT.requests.getFirst();
        assertEquals("{\"method\":\"CheckPerformTransaction\",\"params\":{\"amount\":1500000,\"account\":{\"order_id\":\"1001\"}},\"id\":1}", check.raw());

        var page = get(checkout);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("15 000,00 so'm"), page.body());
        assertTrue(page.body().contains("<dd id=\"order\">1001</dd>"), page.body());
        assertTrue(page.body().contains("value=\"8600 4954 7331 6478\"") && page.body().contains("value=\"03/99\""), "prefilled with the test card");
        assertTrue(page.body().contains("To'lash"), "labels in the link's language");

        var card = post(checkout + "/card", Map.of("card", "8600 4954 7331 6478", "expiry", "03/99"));
        assertEquals(303, card.statusCode());
        assertEquals(checkout, base + card.headers().firstValue("Location").orElseThrow(), "back to the checkout page");
        assertTrue(get(checkout).body().contains("name=\"code\""), "now the SMS-code step");

        var wrong = post(checkout + "/code", Map.of("code", "123456"));
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains(PaymeWords.WRONG_CODE.in("uz")), wrong.body());
        assertEquals(1, MERCHANT.requests.size(), "a wrong code calls nobody");

        var paid = post(checkout + "/code", Map.of("code", "666666"));
        assertEquals(200, paid.statusCode(), paid.body());
        assertEquals("paid", paid.headers().firstValue(SandboxPages.OUTCOME_HEADER).orElseThrow());
        assertEquals(returnUrl, paid.headers().firstValue(SandboxPages.RETURN_HEADER).orElseThrow());
        assertTrue(paid.body().contains("<meta http-equiv=\"refresh\" content=\"1;url=" + SandboxPages.escape(returnUrl) + "\">"), paid.body());
        assertTrue(paid.body().contains("<a id=\"return\" href=\"" + SandboxPages.escape(returnUrl) + "\">"), paid.body());
        assertTrue(paid.body().contains(PaymeWords.PAID.in("uz")));

        assertEquals(List.of("CheckPerformTransaction", "CreateTransaction", "CreateTransaction", "PerformTransaction", "PerformTransaction"),
                MERCHANT.methods());
        for (var request : MERCHANT.requests) {
            assertEquals(BASIC, request.authorization());
            assertEquals("text/json; charset=UTF-8", request.contentType());
            assertFalse(request.body().has("jsonrpc"), "Payme's requests have no jsonrpc member");
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), MERCHANT.requests.stream().map(r -> r.body().path("id").asLong()).toList(), "the id goes up by one");
        var create = MERCHANT.requests.get(1).params();
        String paymeId = create.path("id").asText();
        assertTrue(paymeId.matches("[0-9a-f]{24}"), paymeId);
        assertTrue(Math.abs(System.currentTimeMillis() - create.path("time").asLong()) < 60_000, "time is now, in ms");
        assertEquals(1_500_000, create.path("amount").asLong());
        assertEquals("{\"order_id\":\"1001\"}", create.path("account").toString());
        assertEquals(List.of("id", "time", "amount", "account"), fieldNames(create));
        assertEquals(create, MERCHANT.requests.get(2).params(), "the repeat carries the same id, time, amount and account");
        assertEquals("{\"id\":\"" + paymeId + "\"}", MERCHANT.requests.get(3).params().toString());
        assertEquals(MERCHANT.requests.get(3).params(), MERCHANT.requests.get(4).params());
        assertEquals(2, MERCHANT.state(paymeId));

        var logged = calls.inOrder(PaymeSandbox.PROVIDER);
        assertEquals(MERCHANT.methods(), logged.stream().map(ProviderCall::method).toList());
        assertEquals(MERCHANT.requests.stream().map(PaymeMerchantDouble.Request::raw).toList(), logged.stream().map(ProviderCall::request).toList());
        assertEquals(java.util.Arrays.asList(null, null, true, null, true), logged.stream().map(ProviderCall::identicalToFirst).toList());
        for (var call : logged) {
            assertEquals(base + "/api/payments/payme", call.url());
            assertEquals(200, call.status());
            assertNull(call.failure());
            assertTrue(call.reply().contains("\"result\""), call.reply());
        }
        assertFalse(new String(calls.json(), StandardCharsets.UTF_8).contains(SandboxAccounts.PAYME_KEY), "the log never holds the key");
        assertFalse(new String(calls.json(), StandardCharsets.UTF_8).contains("Basic "), "nor the Authorization header");

        var back = BROWSER.send(HttpRequest.newBuilder(URI.create(paid.headers().firstValue(SandboxPages.RETURN_HEADER).orElseThrow())).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, back.statusCode());
        assertEquals(List.of("/shop/orders/1001?paid=payme"), SHOP_VISITS);

        var again = post(checkout + "/code", Map.of("code", "666666"));
        assertEquals(paid.body(), again.body(), "a second click shows how it ended");
        assertEquals(paid.body(), get(checkout).body(), "so does a reload");
        assertEquals(5, MERCHANT.requests.size(), "without calling again");
    }

    @Test
    void theSecondTestCardPaysToo() throws Exception {
        String checkout = open(sandbox.link("1002", 250_000, "en", base + "/shop/back"));
        assertEquals(303, post(checkout + "/card", Map.of("card", "8600069195406311", "expiry", "0399")).statusCode());
        var paid = post(checkout + "/code", Map.of("code", " 666666 "));
        assertEquals("paid", paid.headers().firstValue(SandboxPages.OUTCOME_HEADER).orElseThrow());
        assertTrue(paid.body().contains("2 500,00 so'm"), paid.body());
    }

    @Test
    void cancelCreatesTwiceThenCancelsTwiceWithReason3() throws Exception {
        String returnUrl = base + "/shop/orders/1001";
        String checkout = open(sandbox.link("1001", 1_500_000, "ru", returnUrl));
        var cancelled = post(checkout + "/cancel", Map.of());
        assertEquals(200, cancelled.statusCode());
        assertEquals("cancelled", cancelled.headers().firstValue(SandboxPages.OUTCOME_HEADER).orElseThrow());
        assertTrue(cancelled.body().contains("Платёж отменён"), cancelled.body());
        assertTrue(cancelled.body().contains("url=" + SandboxPages.escape(returnUrl)), "back to the shop by itself");
        assertEquals(List.of("CheckPerformTransaction", "CreateTransaction", "CreateTransaction", "CancelTransaction", "CancelTransaction"),
                MERCHANT.methods());
        String paymeId = MERCHANT.requests.get(1).params().path("id").asText();
        assertEquals("{\"id\":\"" + paymeId + "\",\"reason\":3}", MERCHANT.requests.get(3).params().toString());
        assertEquals(MERCHANT.requests.get(3).raw().replace("\"id\":4}", "\"id\":5}"), MERCHANT.requests.get(4).raw());
        assertEquals(-1, MERCHANT.state(paymeId));
        assertEquals(3, MERCHANT.reason(paymeId));
        assertEquals(java.util.Arrays.asList(null, null, true, null, true),
                calls.inOrder(PaymeSandbox.PROVIDER).stream().map(ProviderCall::identicalToFirst).toList());
    }

    @Test
    void timeOutCreatesTwiceThenCancelsTwiceWithReason4FromTheCodeStep() throws Exception {
        String checkout = open(sandbox.link("1001", 1_500_000, "en", base + "/shop/orders/1001"));
        post(checkout + "/card", Map.of("card", "8600 4954 7331 6478", "expiry", "03/99"));
        var timedOut = post(checkout + "/timeout", Map.of());
        assertEquals("timed-out", timedOut.headers().firstValue(SandboxPages.OUTCOME_HEADER).orElseThrow());
        assertTrue(timedOut.body().contains("Payment timed out"), timedOut.body());
        assertEquals(List.of("CheckPerformTransaction", "CreateTransaction", "CreateTransaction", "CancelTransaction", "CancelTransaction"),
                MERCHANT.methods());
        assertEquals(4, MERCHANT.requests.get(4).params().path("reason").asInt());
        assertEquals(4, MERCHANT.reason(MERCHANT.requests.get(1).params().path("id").asText()));
    }

    // --- refusals -------------------------------------------------------------------------------------------------

    @Test
    void anyOtherCardOrExpiryIsDeclinedWithoutACall() throws Exception {
        String checkout = open(sandbox.link("1001", 1_500_000, "ru", base + "/shop/x"));
        for (var form : List.of(Map.of("card", "4111 1111 1111 1111", "expiry", "03/99"), Map.of("card", "8600 4954 7331 6478", "expiry", "04/99"),
                Map.of("card", "", "expiry", ""))) {
            var declined = post(checkout + "/card", form);
            assertEquals(402, declined.statusCode(), form.toString());
            assertTrue(declined.body().contains("Карта отклонена") && declined.body().contains("-31630"), declined.body());
            assertTrue(declined.body().contains("<a id=\"retry\" href=\"" + checkout.substring(base.toString().length()) + "\">"), declined.body());
        }
        var codeFirst = post(checkout + "/code", Map.of("code", "666666"));
        assertEquals(409, codeFirst.statusCode(), "no code before a card");
        assertEquals(List.of("CheckPerformTransaction"), MERCHANT.methods());
        assertTrue(get(checkout).body().contains("name=\"card\""), "the card form is still there to retry");
    }

    @Test
    void aMerchantErrorShowsItsMessageInTheLinksLanguageAndLinksBack() throws Exception {
        String returnUrl = base + "/shop/orders/9999";
        var refused = get(sandbox.link("9999", 1_500_000, "ru", returnUrl).toString());
        assertEquals(409, refused.statusCode());
        assertEquals("refused", refused.headers().firstValue(SandboxPages.OUTCOME_HEADER).orElseThrow());
        assertTrue(refused.body().contains("Заказ не найден"), refused.body());
        assertTrue(refused.body().contains("data-code=\"-31050\""), refused.body());
        assertTrue(refused.body().contains("<a id=\"return\" href=\"" + SandboxPages.escape(returnUrl) + "\">"), refused.body());
        assertFalse(refused.body().contains("http-equiv=\"refresh\""), "an error stays to be read");

        var english = get(sandbox.link("1001", 999, "en", returnUrl).toString());
        assertEquals(409, english.statusCode());
        assertTrue(english.body().contains("Wrong amount"), english.body());
        assertEquals(List.of("CheckPerformTransaction", "CheckPerformTransaction"), MERCHANT.methods());
    }

    @Test
    void aCreateRefusedEndsThePaymentThereWithoutARepeat() throws Exception {
        String first = open(sandbox.link("1001", 1_500_000, "uz", base + "/shop/a"));
        String second = open(sandbox.link("1001", 1_500_000, "uz", base + "/shop/b"));
        post(first + "/card", Map.of("card", "8600495473316478", "expiry", "03/99"));
        assertEquals("paid", post(first + "/code", Map.of("code", "666666")).headers().firstValue(SandboxPages.OUTCOME_HEADER).orElseThrow());
        var refused = post(second + "/cancel", Map.of());
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("Buyurtma to'lanmoqda"), refused.body());
        assertEquals("CreateTransaction", MERCHANT.methods().getLast(), "one CreateTransaction, refused, and nothing after it");
    }

    @Test
    void badLinksAndOtherMerchantsAreRefusedWithoutACall() throws Exception {
        var notBase64 = get(base + "/_local/payme/not*base64");
        assertEquals(400, notBase64.statusCode());
        assertTrue(notBase64.body().contains("-31610"), notBase64.body());
        var otherMerchant = get(base + "/_local/payme/" + PaymeLink.encode("587f72c72cac0d162c722ae2", "1001", 500, "ru", null));
        assertEquals(400, otherMerchant.statusCode());
        assertTrue(otherMerchant.body().contains("-31601"), otherMerchant.body());
        for (var params : List.of("m=64f1c0ffee0ba5e0da7a0001;a=500", "m=64f1c0ffee0ba5e0da7a0001;ac.order_id=1;a=-5",
                "m=64f1c0ffee0ba5e0da7a0001;ac.order_id=1;a=500;l=de", "m=64f1c0ffee0ba5e0da7a0001;ac.order_id=1;a=500;c=javascript:alert(1)",
                "ac.order_id=1;a=500", "garbage")) {
            var answer = get(base + "/_local/payme/" + Base64.getEncoder().encodeToString(params.getBytes(StandardCharsets.UTF_8)));
            assertEquals(400, answer.statusCode(), params);
        }
        assertEquals(404, get(base + "/_local/payme/pay/0123456789abcdef").statusCode(), "an unknown checkout");
        assertTrue(MERCHANT.requests.isEmpty());
        assertTrue(calls.all().isEmpty());
    }

    @Test
    void theSpecsWorkedExampleReads() throws Exception {
        var link = PaymeLink.parse("bT01ODdmNzJjNzJjYWMwZDE2MmM3MjJhZTI7YWMub3JkZXJfaWQ9MTAwMTthPTE1MDAwMDA=");
        assertEquals(new PaymeLink("587f72c72cac0d162c722ae2", Map.of("order_id", "1001"), 1_500_000, "ru", null, null), link);
        assertEquals("bT01ODdmNzJjNzJjYWMwZDE2MmM3MjJhZTI7YWMub3JkZXJfaWQ9MTk3O2E9NTAw",
                Base64.getEncoder().encodeToString("m=587f72c72cac0d162c722ae2;ac.order_id=197;a=500".getBytes(StandardCharsets.UTF_8)));
        assertEquals(500, PaymeLink.parse("bT01ODdmNzJjNzJjYWMwZDE2MmM3MjJhZTI7YWMub3JkZXJfaWQ9MTk3O2E9NTAw").amount());
        assertThrows(PaymeLink.Malformed.class, () -> PaymeLink.parse("bT0-"));
        assertEquals("15 000,00", SandboxPages.som(1_500_000));
        assertEquals("1 234 567,05", SandboxPages.som(123_456_705));
        assertEquals("0,99", SandboxPages.som(99));
    }

    // --- what the merchant gets wrong -----------------------------------------------------------------------------

    @Test
    void aRepeatAnsweredDifferentlyIsLoggedAndShownAndTheShopperStays() throws Exception {
        MERCHANT.regeneratesCreateTime = true;
        String checkout = open(sandbox.link("1001", 1_500_000, "en", base + "/shop/orders/1001"));
        post(checkout + "/card", Map.of("card", "8600495473316478", "expiry", "03/99"));
        var paid = post(checkout + "/code", Map.of("code", "666666"));
        assertEquals("paid", paid.headers().firstValue(SandboxPages.OUTCOME_HEADER).orElseThrow());
        assertTrue(paid.body().contains("The repeated CreateTransaction was answered differently"), paid.body());
        assertFalse(paid.body().contains("http-equiv=\"refresh\""), "the warning stays to be read");
        assertEquals(java.util.Arrays.asList(null, null, false, null, true),
                calls.inOrder(PaymeSandbox.PROVIDER).stream().map(ProviderCall::identicalToFirst).toList());
        var json = JSON.readTree(calls.json());
        assertEquals("PerformTransaction", json.get(0).path("method").asText(), "newest first");
        assertFalse(json.get(2).path("identicalToFirst").asBoolean(true));
        assertTrue(json.get(2).path("repeat").asBoolean());
    }

    @Test
    void aMerchantAnsweringHttp500IsMisbehavingAndLogged() throws Exception {
        MERCHANT.down = true;
        var failed = get(sandbox.link("1001", 1_500_000, "en", base + "/shop/x").toString());
        assertEquals(502, failed.statusCode());
        assertEquals("failed", failed.headers().firstValue(SandboxPages.OUTCOME_HEADER).orElseThrow());
        assertTrue(failed.body().contains("-31623") && failed.body().contains("HTTP 500"), failed.body());
        assertEquals(500, calls.all().getFirst().status());
    }

    // --- the key --------------------------------------------------------------------------------------------------

    @Test
    void theKeyIsReadAtEachCallSoAChangePasswordIsFollowed() throws Exception {
        assertEquals(SandboxAccounts.PAYME_KEY, sandbox.key(), "no stored key: the constant");
        assertEquals("{\"result\":{\"success\":true},\"id\":1}", sandbox.changePassword("UltraMarket-local-Payme-rotated-0002"));
        assertEquals(BASIC, MERCHANT.requests.getFirst().authorization(), "ChangePassword comes with the current key");
        assertEquals("{\"method\":\"ChangePassword\",\"params\":{\"password\":\"UltraMarket-local-Payme-rotated-0002\"},\"id\":1}",
                MERCHANT.requests.getFirst().raw());

        STORED_KEY.set("UltraMarket-local-Payme-rotated-0002"); // what the shop's ChangePassword stored in its secret
        open(sandbox.link("1001", 1_500_000, "uz", null));
        assertEquals("Basic " + Base64.getEncoder().encodeToString("Paycom:UltraMarket-local-Payme-rotated-0002".getBytes(StandardCharsets.UTF_8)),
                MERCHANT.requests.getLast().authorization());
        assertEquals("UltraMarket-local-Payme-rotated-0002", sandbox.settings().get("key"));
    }

    @Test
    void settingsAndSecretHaveTheirShapes() throws Exception {
        assertEquals("{\"merchantId\":\"64f1c0ffee0ba5e0da7a0001\",\"key\":\"UltraMarket-local-Payme-test-key-001\",\"checkoutUrl\":\"" + base
                + "/_local/payme\"}", sandbox.secretJson());
        assertEquals("{\"endpoint\":\"" + base + "/api/payments/payme\",\"merchantId\":\"64f1c0ffee0ba5e0da7a0001\",\"login\":\"Paycom\",\"key\":\""
                + "UltraMarket-local-Payme-test-key-001\"}", JSON.writeValueAsString(sandbox.settings()));
        assertEquals(36, SandboxAccounts.PAYME_KEY.length());
        var help = get(base + "/_local/payme/");
        assertEquals(200, help.statusCode());
        assertTrue(help.body().contains(SandboxAccounts.PAYME_MERCHANT_ID));
        var made = post(base + "/_local/payme/link", Map.of("order_id", "1001", "amount", "1500000", "lang", "uz", "return", base + "/shop/y"));
        assertEquals(303, made.statusCode());
        assertEquals(sandbox.link("1001", 1_500_000, "uz", base + "/shop/y").toString(), made.headers().firstValue("Location").orElseThrow());
    }

    // --- driving ----------------------------------------------------------------------------------------------------

    /** GETs the link; the sandbox answers 303 to the checkout, whose absolute URL this returns. */
    private static String open(URI link) throws Exception {
        var opened = get(link.toString());
        assertEquals(303, opened.statusCode(), opened.body());
        String location = opened.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/_local/payme/pay/[0-9a-f]{32}"), location);
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

    private static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void checkoutsAreNotShared() throws Exception {
        assertNotEquals(open(sandbox.link("1001", 1_500_000, "uz", null)), open(sandbox.link("1001", 1_500_000, "uz", null)));
    }
}
