package uz.ultramarket.local.eskiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.ultramarket.notifications.sms.EskizAccount;
import uz.ultramarket.notifications.sms.EskizClient;
import uz.ultramarket.notifications.sms.EskizException;
import uz.ultramarket.notifications.sms.SmsReport;

/**
 * The sms-notifier's {@link EskizClient} against the Eskiz sandbox: every call the client makes (login, refresh, send,
 * status, balance), the form fields and encoding each carries, and every refusal in the spec — what the client does
 * with each.
 */
class EskizContractTest {
    private static EskizSandbox sandbox;
    private static HttpServer callbacks;
    private static final List<String> CALLBACK_BODIES = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        sandbox = EskizSandbox.start(0);
        callbacks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        callbacks.createContext("/sms/eskiz-callback", exchange -> {
            CALLBACK_BODIES.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        callbacks.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        callbacks.stop(0);
    }

    @BeforeEach
    void reset() {
        sandbox.setTokenLifetime(Duration.ofDays(30));
        sandbox.setBalance(1_000_000);
        sandbox.setTestAccount(false);
        sandbox.failNextSends(0);
    }

    private static EskizAccount account(String password, Optional<URI> callback) {
        return new EskizAccount(sandbox.email(), password, null, callback, sandbox.baseUrl());
    }

    private static EskizClient client() {
        return client(account(sandbox.password(), Optional.empty()), new AtomicInteger());
    }

    private static EskizClient client(EskizAccount account, AtomicInteger secretReads) {
        return new EskizClient(HttpClient.newHttpClient(), () -> {
            secretReads.incrementAndGet();
            return account;
        }, Clock.systemUTC());
    }

    private static List<EskizSandbox.Call> callsSince(int index) {
        var all = sandbox.calls();
        return all.subList(index, all.size());
    }

    private static List<String> paths(List<EskizSandbox.Call> calls) {
        return calls.stream().map(c -> c.method() + " " + c.path().substring(4) + " " + c.status()).toList();
    }

    @Test
    void aSendLogsInOnceWithFormFieldsThenSendsTheSpecsFieldsWithTheToken() {
        int mark = sandbox.calls().size();
        var eskiz = client();
        var sent = eskiz.send("+998 90 123-45-67", "UltraMarket: tasdiqlash kodi 123456. Uni hech kimga aytmang.");
        eskiz.send("+998911112233", "second");

        var calls = callsSince(mark);
        assertEquals(List.of("POST /auth/login 200", "POST /message/sms/send 200", "POST /message/sms/send 200"), paths(calls),
                "one login, its token reused");
        var login = calls.getFirst();
        assertTrue(login.contentType().startsWith("multipart/form-data; boundary="), login.contentType());
        assertEquals(java.util.Map.of("email", sandbox.email(), "password", sandbox.password()), login.fields());

        var send = calls.get(1);
        assertTrue(send.contentType().startsWith("multipart/form-data"), send.contentType());
        assertEquals(List.of("mobile_phone", "message", "from"), List.copyOf(send.fields().keySet()));
        assertEquals("998901234567", send.fields().get("mobile_phone"), "12 digits, no + and no spaces");
        assertEquals("4546", send.fields().get("from"), "Eskiz's short number by default");
        assertTrue(send.authorization().startsWith("Bearer ey"), "the JWT as a bearer token");

        assertTrue(sent.id().matches("[0-9a-f-]{36}"));
        assertEquals("waiting", sent.status());
        var recorded = sandbox.messages().stream().filter(m -> m.id().equals(sent.id())).findFirst().orElseThrow();
        assertEquals("UltraMarket: tasdiqlash kodi 123456. Uni hech kimga aytmang.", recorded.message());
    }

    @Test
    void cyrillicTextArrivesIntact() {
        var sent = client().send("998901234567", "UltraMarket: код подтверждения 482913. Никому его не сообщайте.");
        var recorded = sandbox.messages().stream().filter(m -> m.id().equals(sent.id())).findFirst().orElseThrow();
        assertEquals("UltraMarket: код подтверждения 482913. Никому его не сообщайте.", recorded.message());
        assertEquals(8, recorded.encoding());
    }

    @Test
    void theSenderAndCallbackUrlOfTheAccountGoWithEverySmsAndTheCallbackArrives() throws Exception {
        var callback = URI.create("http://127.0.0.1:" + callbacks.getAddress().getPort() + "/sms/eskiz-callback");
        var account = new EskizAccount(sandbox.email(), sandbox.password(), "UltraMarket", Optional.of(callback), sandbox.baseUrl());
        var eskiz = client(account, new AtomicInteger());
        int mark = sandbox.calls().size();
        var sent = eskiz.send("998901234567", "hello");
        var send = callsSince(mark).getLast();
        assertEquals("UltraMarket", send.fields().get("from"));
        assertEquals(callback.toString(), send.fields().get("callback_url"));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (CALLBACK_BODIES.stream().noneMatch(b -> b.contains(sent.id())) && System.nanoTime() < deadline) Thread.sleep(20);
        var report = new ObjectMapper().readTree(CALLBACK_BODIES.stream().filter(b -> b.contains(sent.id())).findFirst().orElseThrow());
        assertEquals(sent.id(), report.path("request_id").asText());
        assertEquals("998901234567", report.path("phone_number").asText());
        assertEquals("DELIVRD", report.path("status").asText());
        assertTrue(report.path("sms_count").isTextual(), "values are strings");
        assertTrue(report.path("status_date").asText().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
    }

    @Test
    void statusIsReadByRequestIdAndClassifiedAsTheSpecSays() throws Exception {
        var eskiz = client();
        var delivered = eskiz.send("998901234567", "hello");
        var undeliverable = eskiz.send("998001234567", "hello");
        SmsReport report = eskiz.status(delivered.id());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (report.delivery() == SmsReport.Delivery.PENDING && System.nanoTime() < deadline) {
            Thread.sleep(20);
            report = eskiz.status(delivered.id());
        }
        assertEquals(SmsReport.Delivery.DELIVERED, report.delivery());
        assertEquals(delivered.id(), report.requestId());
        assertEquals("998901234567", report.to());
        assertEquals(1, report.partsCount());

        var failed = eskiz.status(undeliverable.id());
        while (failed.delivery() == SmsReport.Delivery.PENDING && System.nanoTime() < deadline) {
            Thread.sleep(20);
            failed = eskiz.status(undeliverable.id());
        }
        assertEquals(SmsReport.Delivery.FAILED, failed.delivery());
        assertEquals(report, eskiz.status(report.id()), "Eskiz's numeric id works as well");
        assertEquals(404, assertThrows(EskizException.class, () -> eskiz.status("no-such-sms")).status());
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheCallRepeated() {
        var eskiz = client();
        eskiz.balance();
        sandbox.expireTokens();
        int mark = sandbox.calls().size();
        eskiz.send("998901234567", "after expiry");
        assertEquals(List.of("POST /message/sms/send 401", "PATCH /auth/refresh 200", "POST /message/sms/send 200"), paths(callsSince(mark)));
    }

    @Test
    void aRevokedTokenThatCannotBeRefreshedMeansLoggingInAgain() {
        var eskiz = client();
        eskiz.balance();
        sandbox.revokeTokens();
        int mark = sandbox.calls().size();
        assertTrue(eskiz.balance() > 0);
        assertEquals(List.of("GET /user/get-limit 401", "PATCH /auth/refresh 401", "POST /auth/login 200", "GET /user/get-limit 200"),
                paths(callsSince(mark)));
    }

    @Test
    void aTokenNearItsExpiryIsRefreshedBeforeItIsUsed() {
        sandbox.setTokenLifetime(EskizClient.RENEW_BEFORE.minusDays(1));
        var eskiz = client();
        eskiz.balance();
        int mark = sandbox.calls().size();
        eskiz.balance();
        assertEquals(List.of("PATCH /auth/refresh 200", "GET /user/get-limit 200"), paths(callsSince(mark)), "no 401 first");
    }

    @Test
    void wrongCredentialsFailAndTheSecretIsReadAgainForTheNextLogin() {
        var reads = new AtomicInteger();
        var eskiz = client(account("not-the-password", Optional.empty()), reads);
        var thrown = assertThrows(EskizException.class, () -> eskiz.send("998901234567", "x"));
        assertTrue(thrown.unauthorized(), thrown.getMessage());
        assertFalse(thrown.getMessage().contains("not-the-password"));
        assertThrows(EskizException.class, () -> eskiz.send("998901234567", "x"));
        assertEquals(2, reads.get(), "an operator's new password is picked up without a restart");
    }

    @Test
    void refusalsSurfaceWithTheirStatusAndMessageAndWhetherATryAgainCanHelp() {
        var eskiz = client();
        sandbox.setBalance(0);
        var broke = assertThrows(EskizException.class, () -> eskiz.send("998901234567", "x"));
        assertEquals(400, broke.status());
        assertEquals("Insufficient balance", broke.reason());
        assertFalse(broke.transientFailure());
        sandbox.setBalance(1_000_000);

        sandbox.setTestAccount(true);
        var moderated = assertThrows(EskizException.class, () -> eskiz.send("998901234567", "UltraMarket: kod 1"));
        assertEquals(400, moderated.status());
        sandbox.setTestAccount(false);

        var nickname = new EskizAccount(sandbox.email(), sandbox.password(), "NotApproved", Optional.empty(), sandbox.baseUrl());
        assertEquals(400, assertThrows(EskizException.class, () -> client(nickname, new AtomicInteger()).send("998901234567", "x")).status());

        sandbox.failNextSends(1);
        var down = assertThrows(EskizException.class, () -> eskiz.send("998901234567", "x"));
        assertEquals(500, down.status());
        assertTrue(down.transientFailure());

        int mark = sandbox.calls().size();
        assertThrows(IllegalArgumentException.class, () -> eskiz.send("+7 900 123-45-67", "x"));
        assertEquals(mark, sandbox.calls().size(), "a number Eskiz would refuse is not sent at all");
    }

    @Test
    void nothingListeningIsATransientFailure() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) { port = socket.getLocalPort(); }
        var nowhere = new EskizAccount("e", "p", null, Optional.empty(), URI.create("http://127.0.0.1:" + port + "/api"));
        var thrown = assertThrows(EskizException.class, () -> client(nowhere, new AtomicInteger()).send("998901234567", "x"));
        assertEquals(0, thrown.status());
        assertTrue(thrown.transientFailure());
    }
}
