package uz.ultramarket.local.eskiz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Eskiz (notify.eskiz.uz) on loopback, as {@code specs/eskiz-sms.md} describes its API, under {@code <base>/api}:
 * {@code POST /auth/login} (form {@code email}, {@code password}) → {@code {"message":"token_generated","data":{"token":…},
 * "token_type":"bearer"}}; {@code PATCH /auth/refresh}; {@code GET /auth/user}; {@code POST /message/sms/send} (form
 * {@code mobile_phone} 998XXXXXXXXX, {@code message}, {@code from}, optional {@code callback_url}) → {@code {"id":<uuid>,
 * "message":"Waiting for SMS provider","status":"waiting"}}; {@code GET /message/sms/status_by_id/{id}} (the request id or
 * the numeric id) → {@code {"status":"success","data":{…}}}; {@code GET /user/get-limit} → {@code {"data":{"balance":…},
 * "status":"success"}}. Forms may be multipart or URL-encoded; replies are JSON.
 *
 * <p>Errors are a non-2xx status with a JSON {@code message} (the spec's shape; exact codes unconfirmed): 401
 * {@code {"status":"token-invalid","message":"Expired token"}} for an expired token (the wording a client library
 * recorded), {@code "Invalid token"} for an unknown or revoked one, {@code "Token not provided"} without one, 401
 * {@code "Invalid credentials"} at login; 400 for a missing field, a number not in 998XXXXXXXXX form, a sender nickname
 * not approved ({@code 4546} and {@code UltraMarket} are), a text other than the three test texts while the account is
 * in test status, or a balance too low; 404 for an unknown SMS; 500 {@code "SMS provider unavailable"} when a test
 * asked for failures.
 *
 * <p>Every accepted SMS is recorded ({@link #messages()}), every request too ({@link #calls()}). An SMS is
 * {@code waiting}, then about {@link #deliveryDelay} later {@code DELIVRD} — or {@code UNDELIV} for numbers starting
 * {@code 99800}, which no operator serves — and its {@code callback_url}, if any, gets the spec's delivery report.
 * Tokens are JWT-shaped with {@code exp}, 30 days by default. Tests steer it: {@link #expireTokens()},
 * {@link #revokeTokens()}, {@link #setBalance}, {@link #failNextSends}, {@link #setTestAccount}.
 */
public final class EskizSandbox implements AutoCloseable {

    /** The account the local stack signs in with (the password is made at each start). */
    public static final String EMAIL = "sms@ultramarket.local";
    /** What an SMS part costs, in so'm. */
    public static final long PRICE_PER_PART = 50;
    /** The only texts an account in test status may send (spec §5). */
    public static final Set<String> TEST_TEXTS = Set.of("Это тест от Eskiz", "Bu Eskiz dan test", "This is test from Eskiz");
    public static final Set<String> APPROVED_SENDERS = Set.of("4546", "UltraMarket");

    /** One SMS as Eskiz holds it. */
    public record Sms(String id, long eskizId, String to, String from, String message, String callbackUrl, int parts, int encoding,
                      String status, Instant createdAt, Instant deliveredAt, String callbackResult) {}

    /** One request as it arrived: what the contract tests check a client sent. */
    public record Call(String method, String path, String contentType, Map<String, String> fields, String authorization, int status) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBER = Pattern.compile("998\\d{9}");
    private static final DateTimeFormatter REPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Tashkent"));
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient callbacks = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String password = HexFormat.of().formatHex(randomBytes(12));
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Stored> byId = new ConcurrentHashMap<>();
    private final List<Stored> messages = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong(4_385_062);
    private final AtomicLong balance = new AtomicLong(1_000_000);
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile Duration tokenLifetime = Duration.ofDays(30);
    private volatile Duration deliveryDelay = Duration.ofMillis(150);
    private volatile boolean testAccount;

    private static final class Stored {
        final String id;
        final long eskizId;
        final String to;
        final String from;
        final String message;
        final String callbackUrl;
        final int parts;
        final int encoding;
        final Instant createdAt;
        volatile String status = "waiting";
        volatile Instant deliveredAt;
        volatile String callbackResult;

        Stored(String id, long eskizId, String to, String from, String message, String callbackUrl, int parts, int encoding, Instant createdAt) {
            this.id = id;
            this.eskizId = eskizId;
            this.to = to;
            this.from = from;
            this.message = message;
            this.callbackUrl = callbackUrl;
            this.parts = parts;
            this.encoding = encoding;
            this.createdAt = createdAt;
        }

        Sms snapshot() {
            return new Sms(id, eskizId, to, from, message, callbackUrl, parts, encoding, status, createdAt, deliveredAt, callbackResult);
        }
    }

    private record Reply(int status, Object body) {}

    private EskizSandbox(HttpServer server) {
        this.server = server;
    }

    /** Starts on 127.0.0.1:{@code port} (0 for any free port). */
    public static EskizSandbox start(int port) throws IOException {
        var sandbox = new EskizSandbox(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64));
        sandbox.server.setExecutor(sandbox.executor);
        sandbox.server.createContext("/", sandbox::handle);
        sandbox.server.start();
        return sandbox;
    }

    /** What a client puts before {@code /auth/login}: {@code http://127.0.0.1:<port>/api}. */
    public URI baseUrl() { return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api"); }

    public String email() { return EMAIL; }

    public String password() { return password; }

    /** The Eskiz secret that points a notifier here, in the same JSON an operator stores for the real Eskiz. */
    public String secretJson() {
        try {
            return JSON.writeValueAsString(Map.of("email", EMAIL, "password", password, "baseUrl", baseUrl().toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every SMS accepted, oldest first. */
    public List<Sms> messages() { return messages.stream().map(Stored::snapshot).toList(); }

    /** Every request received, oldest first. */
    public List<Call> calls() { return List.copyOf(calls); }

    public long balance() { return balance.get(); }

    public void setBalance(long som) { balance.set(som); }

    /** Every token issued so far is past its expiry (a refresh still renews it). */
    public void expireTokens() { tokens.replaceAll((token, expiry) -> Instant.now().minusSeconds(1)); }

    /** Every token issued so far is unknown: requests and refreshes with it get 401, only a new login helps. */
    public void revokeTokens() { tokens.clear(); }

    public void setTokenLifetime(Duration lifetime) { tokenLifetime = lifetime; }

    public void setDeliveryDelay(Duration delay) { deliveryDelay = delay; }

    /** The next {@code count} sends get 500, as when Eskiz's upstream is down. */
    public void failNextSends(int count) { failNext.set(count); }

    /** An account in test status may send only {@link #TEST_TEXTS}. */
    public void setTestAccount(boolean test) { testAccount = test; }

    // --- HTTP -----------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] body = exchange.getRequestBody().readAllBytes();
            var fields = FormFields.parse(contentType, body);
            Reply reply;
            try {
                reply = route(method, path, fields, authorization);
            } catch (RuntimeException e) {
                reply = error(500, "error", "Server error: " + e.getMessage());
            }
            calls.add(new Call(method, path, contentType, fields, authorization, reply.status()));
            byte[] json = JSON.writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), json.length);
            exchange.getResponseBody().write(json);
        } catch (IOException clientGone) {
            // nothing to answer
        }
    }

    private Reply route(String method, String path, Map<String, String> fields, String authorization) {
        if (!path.startsWith("/api/")) return error(404, "error", "Not found");
        String route = path.substring(4);
        return switch (route) {
            case "/auth/login" -> method.equals("POST") ? login(fields) : notAllowed();
            case "/auth/refresh" -> method.equals("PATCH") ? refresh(authorization) : notAllowed();
            case "/auth/user" -> method.equals("GET") ? authorized(authorization, this::user) : notAllowed();
            case "/message/sms/send" -> method.equals("POST") ? authorized(authorization, () -> send(fields)) : notAllowed();
            case "/user/get-limit" -> method.equals("GET")
                    ? authorized(authorization, () -> new Reply(200, ordered("data", Map.of("balance", balance.get()), "status", "success")))
                    : notAllowed();
            default -> route.startsWith("/message/sms/status_by_id/")
                    ? method.equals("GET") ? authorized(authorization, () -> status(route.substring("/message/sms/status_by_id/".length()))) : notAllowed()
                    : error(404, "error", "Not found");
        };
    }

    private Reply login(Map<String, String> fields) {
        if (isBlank(fields.get("email")) || isBlank(fields.get("password"))) return error(400, "error", "The email and password fields are required.");
        if (!EMAIL.equals(fields.get("email")) || !password.equals(fields.get("password"))) return error(401, "error", "Invalid credentials");
        return tokenReply();
    }

    private Reply refresh(String authorization) {
        String token = bearer(authorization);
        if (token == null) return error(401, "token-invalid", "Token not provided");
        if (!tokens.containsKey(token)) return error(401, "token-invalid", "Invalid token");
        tokens.remove(token);
        return tokenReply();
    }

    private Reply tokenReply() {
        String token = newToken();
        return new Reply(200, ordered("message", "token_generated", "data", Map.of("token", token), "token_type", "bearer"));
    }

    private Reply user() {
        var data = new LinkedHashMap<String, Object>();
        data.put("id", 1);
        data.put("name", "UltraMarket (sandbox)");
        data.put("email", EMAIL);
        data.put("role", "user");
        data.put("status", testAccount ? "test" : "active");
        data.put("is_vip", false);
        data.put("balance", balance.get());
        data.put("created_at", "2026-01-01T00:00:00.000000Z");
        data.put("updated_at", "2026-01-01T00:00:00.000000Z");
        var reply = new LinkedHashMap<String, Object>();
        reply.put("status", "success");
        reply.put("data", data);
        reply.put("id", null);
        return new Reply(200, reply);
    }

    private Reply send(Map<String, String> fields) {
        String number = fields.get("mobile_phone");
        String text = fields.get("message");
        String from = fields.get("from");
        if (isBlank(number) || isBlank(text)) return error(400, "error", "The mobile_phone and message fields are required.");
        if (!NUMBER.matcher(number).matches()) return error(400, "error", "Invalid mobile_phone: write it as 998XXXXXXXXX, digits only");
        if (isBlank(from)) from = "4546";
        if (!APPROVED_SENDERS.contains(from)) return error(400, "error", "Nickname " + from + " is not approved");
        if (testAccount && !TEST_TEXTS.contains(text)) {
            return error(400, "error", "While the account is in test status only the test texts may be sent");
        }
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) return error(500, "error", "SMS provider unavailable");
        boolean gsm = text.chars().allMatch(c -> c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7F));
        int parts = gsm ? (text.length() <= 160 ? 1 : (text.length() + 152) / 153) : (text.length() <= 70 ? 1 : (text.length() + 66) / 67);
        long cost = parts * PRICE_PER_PART;
        if (balance.getAndUpdate(b -> b >= cost ? b - cost : b) < cost) return error(400, "error", "Insufficient balance");
        var sms = new Stored(UUID.randomUUID().toString(), nextId.getAndIncrement(), number, from, text, fields.get("callback_url"),
                parts, gsm ? 0 : 8, Instant.now());
        messages.add(sms);
        byId.put(sms.id, sms);
        byId.put(Long.toString(sms.eskizId), sms);
        executor.submit(() -> deliver(sms));
        return new Reply(200, ordered("id", sms.id, "message", "Waiting for SMS provider", "status", "waiting"));
    }

    private Reply status(String id) {
        var sms = byId.get(id);
        if (sms == null) return error(404, "error", "SMS not found");
        var data = new LinkedHashMap<String, Object>();
        data.put("id", sms.eskizId);
        data.put("user_id", 1);
        data.put("country_id", null);
        data.put("connection_id", 1);
        data.put("smsc_id", 1);
        data.put("dispatch_id", null);
        data.put("user_sms_id", null);
        data.put("request_id", sms.id);
        data.put("price", PRICE_PER_PART);
        data.put("total_price", PRICE_PER_PART * sms.parts);
        data.put("is_ad", false);
        data.put("nick", sms.from);
        data.put("to", sms.to);
        data.put("message", sms.message);
        data.put("encoding", sms.encoding);
        data.put("parts_count", sms.parts);
        data.put("parts", Map.of());
        data.put("status", sms.status);
        data.put("smsc_data", null);
        data.put("sent_at", sms.createdAt.toString());
        data.put("submit_sm_resp_at", sms.createdAt.toString());
        data.put("delivery_sm_at", sms.deliveredAt == null ? null : sms.deliveredAt.toString());
        data.put("created_at", sms.createdAt.toString());
        data.put("updated_at", (sms.deliveredAt == null ? sms.createdAt : sms.deliveredAt).toString());
        return new Reply(200, ordered("status", "success", "data", data));
    }

    private Reply authorized(String authorization, java.util.function.Supplier<Reply> action) {
        String token = bearer(authorization);
        if (token == null) return error(401, "token-invalid", "Token not provided");
        var expiry = tokens.get(token);
        if (expiry == null) return error(401, "token-invalid", "Invalid token");
        if (!Instant.now().isBefore(expiry)) return error(401, "token-invalid", "Expired token");
        return action.get();
    }

    // --- delivery -------------------------------------------------------------------------------------------------

    private void deliver(Stored sms) {
        try {
            Thread.sleep(deliveryDelay);
        } catch (InterruptedException e) {
            return;
        }
        sms.status = sms.to.startsWith("99800") ? "UNDELIV" : "DELIVRD";
        sms.deliveredAt = Instant.now();
        if (sms.callbackUrl == null || sms.callbackUrl.isBlank()) return;
        var report = new LinkedHashMap<String, String>();
        report.put("request_id", sms.id);
        report.put("message_id", Long.toString(sms.eskizId));
        report.put("user_sms_id", "");
        report.put("country", "UZ");
        report.put("phone_number", sms.to);
        report.put("sms_count", Integer.toString(sms.parts));
        report.put("status", sms.status);
        report.put("status_date", REPORT_TIME.format(sms.deliveredAt));
        try {
            var response = callbacks.send(HttpRequest.newBuilder(URI.create(sms.callbackUrl)).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(report))).build(), HttpResponse.BodyHandlers.discarding());
            sms.callbackResult = Integer.toString(response.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            sms.callbackResult = "failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private String newToken() {
        Instant now = Instant.now();
        Instant expiry = now.plus(tokenLifetime);
        var encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = encoder.encodeToString(("{\"iss\":\"eskiz-sandbox\",\"sub\":\"1\",\"iat\":" + now.getEpochSecond()
                + ",\"exp\":" + expiry.getEpochSecond() + ",\"jti\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8));
        String token = header + "." + claims + "." + encoder.encodeToString(randomBytes(16));
        tokens.put(token, expiry);
        return token;
    }

    private static byte[] randomBytes(int count) {
        var bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private static Reply error(int status, String kind, String message) {
        return new Reply(status, ordered("status", kind, "message", message));
    }

    private static Reply notAllowed() {
        return error(405, "error", "Method not allowed");
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        callbacks.close();
    }
}
