package uz.ultramarket.notifications.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import uz.ultramarket.core.json.Json;

/**
 * Eskiz's SMS API as {@code specs/eskiz-sms.md} describes it: {@code POST /auth/login} (form {@code email},
 * {@code password}) for a bearer token, {@code PATCH /auth/refresh} to renew it, {@code POST /message/sms/send} (form
 * {@code mobile_phone} as {@code 998XXXXXXXXX}, {@code message}, {@code from}, optional {@code callback_url}),
 * {@code GET /message/sms/status_by_id/{id}} and {@code GET /user/get-limit}. Form calls are {@code multipart/form-data}.
 *
 * <p>The token is kept for the container's life. It is renewed (PATCH) once it is within {@link #RENEW_BEFORE} of the
 * expiry its JWT states (30 days assumed when it states none), and on any 401: refresh once, else log in again, then
 * repeat the call once. Thread-safe: one token is shared by concurrent sends.
 */
public final class EskizClient {

    /** Renew a token this long before it expires: a 30-day token is renewed after about 25 days. */
    public static final Duration RENEW_BEFORE = Duration.ofDays(5);
    /** A token's life when it does not say (the spec's observed 30 days). */
    public static final Duration ASSUMED_LIFETIME = Duration.ofDays(30);

    private static final Pattern UZBEK_NUMBER = Pattern.compile("998\\d{9}");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private record Token(String value, Instant expiresAt) {}

    private final HttpClient http;
    private final Supplier<EskizAccount> accounts;
    private final Clock clock;
    private volatile EskizAccount account;
    private Token token; // guarded by this

    /** @param accounts reads the account (the operator secret): once, and again when a login is refused */
    public EskizClient(HttpClient http, Supplier<EskizAccount> accounts, Clock clock) {
        this.http = http;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A client with its own HTTP client: 3 s to connect, HTTP/1.1. */
    public static EskizClient create(Supplier<EskizAccount> accounts, Clock clock) {
        return new EskizClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).version(HttpClient.Version.HTTP_1_1).build(),
                accounts, clock);
    }

    /** {@code +998 90 123-45-67} or {@code 998901234567} → {@code 998901234567}, the only form Eskiz takes. */
    public static String eskizNumber(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[\\s()\\-+]", "");
        if (!UZBEK_NUMBER.matcher(digits).matches()) {
            throw new IllegalArgumentException("not an Uzbek mobile number (998XXXXXXXXX): " + (phone == null ? "none" : phone.length() + " characters"));
        }
        return digits;
    }

    /** Sends {@code text} to {@code phone} from the account's sender, with its callback URL when it has one. */
    public SentSms send(String phone, String text) {
        String number = eskizNumber(phone);
        var reply = authorized("send", token -> {
            var account = account();
            var form = new MultipartForm().field("mobile_phone", number).field("message", text).field("from", account.from());
            account.callbackUrl().ifPresent(url -> form.field("callback_url", url.toString()));
            return post(account, "/message/sms/send", form).header("Authorization", "Bearer " + token).build();
        });
        String id = reply.path("id").asText("");
        if (id.isEmpty()) throw new EskizException(200, "no id in the reply", "send");
        return new SentSms(id, reply.path("message").asText(""), reply.path("status").asText(""));
    }

    /** Where an SMS stands; {@code id} is the request id {@link #send} returned, or Eskiz's numeric id. */
    public SmsReport status(String id) {
        String path = "/message/sms/status_by_id/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        var data = authorized("status", token -> get(path).header("Authorization", "Bearer " + token).build()).path("data");
        return new SmsReport(data.path("id").asText(""), data.path("request_id").asText(""), data.path("to").asText(""),
                data.path("status").asText(""), data.path("parts_count").asInt(0));
    }

    /** The account's balance ({@code GET /user/get-limit}). */
    public long balance() {
        return authorized("balance", token -> get("/user/get-limit").header("Authorization", "Bearer " + token).build())
                .path("data").path("balance").asLong();
    }

    // --- the token ------------------------------------------------------------------------------------------------

    private JsonNode authorized(String what, Function<String, HttpRequest> request) {
        String used = currentToken();
        var response = exchange(what, request.apply(used));
        if (response.statusCode() == 401) {
            response = exchange(what, request.apply(renewAfterRefusal(used)));
        }
        return replyOf(what, response);
    }

    private synchronized String currentToken() {
        Instant now = clock.instant();
        if (token == null) {
            token = login();
        } else if (!now.isBefore(token.expiresAt().minus(RENEW_BEFORE))) {
            token = refreshOrLogin(token);
        }
        return token.value();
    }

    // a concurrent call may have renewed it already; then that token is the one to use
    private synchronized String renewAfterRefusal(String refused) {
        if (token == null || token.value().equals(refused)) {
            token = token == null ? login() : refreshOrLogin(token);
        }
        return token.value();
    }

    private Token refreshOrLogin(Token current) {
        try {
            var request = HttpRequest.newBuilder(uri(account(), "/auth/refresh")).timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + current.value()).method("PATCH", HttpRequest.BodyPublishers.noBody()).build();
            return tokenFrom(replyOf("refresh", exchange("refresh", request)));
        } catch (EskizException e) {
            if (e.transientFailure()) throw e;
            return login();
        }
    }

    private Token login() {
        var account = account();
        var form = new MultipartForm().field("email", account.email()).field("password", account.password());
        try {
            return tokenFrom(replyOf("login", exchange("login", post(account, "/auth/login", form).build())));
        } catch (EskizException e) {
            // the operator may have changed the password: read the secret again next time
            if (e.unauthorized()) this.account = null;
            throw e;
        }
    }

    private Token tokenFrom(JsonNode reply) {
        String value = reply.path("data").path("token").asText("");
        if (value.isEmpty()) throw new EskizException(200, "no data.token in the reply", "token");
        return new Token(value, expiryOf(value).orElse(clock.instant().plus(ASSUMED_LIFETIME)));
    }

    /** The {@code exp} of a JWT, when the token is one. */
    static java.util.Optional<Instant> expiryOf(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) return java.util.Optional.empty();
        try {
            var claims = Json.mapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
            return claims.path("exp").canConvertToLong() ? java.util.Optional.of(Instant.ofEpochSecond(claims.path("exp").asLong()))
                    : java.util.Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    // --- HTTP -----------------------------------------------------------------------------------------------------

    private EskizAccount account() {
        var current = account;
        if (current == null) {
            current = accounts.get();
            account = current;
        }
        return current;
    }

    private HttpRequest.Builder post(EskizAccount account, String path, MultipartForm form) {
        return HttpRequest.newBuilder(uri(account, path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", form.contentType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(account(), path)).timeout(REQUEST_TIMEOUT).header("Accept", "application/json").GET();
    }

    private static URI uri(EskizAccount account, String path) {
        return URI.create(account.baseUrl() + path);
    }

    private HttpResponse<String> exchange(String what, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EskizException(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EskizException(what, e);
        }
    }

    private static JsonNode replyOf(String what, HttpResponse<String> response) {
        JsonNode body;
        try {
            body = response.body() == null || response.body().isBlank() ? MissingNode.getInstance() : Json.mapper().readTree(response.body());
        } catch (JsonProcessingException e) {
            body = MissingNode.getInstance();
        }
        if (response.statusCode() / 100 != 2) {
            var message = body.path("message");
            String reason = message.isTextual() ? message.asText() : message.isMissingNode() ? abbreviate(response.body()) : message.toString();
            throw new EskizException(response.statusCode(), reason, what);
        }
        return body;
    }

    private static String abbreviate(String text) {
        if (text == null) return "";
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
