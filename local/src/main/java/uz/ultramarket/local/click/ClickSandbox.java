package uz.ultramarket.local.click;

import static uz.ultramarket.local.payments.SandboxPages.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import uz.ultramarket.local.payments.ProviderCalls;
import uz.ultramarket.local.payments.ProviderClient;
import uz.ultramarket.local.payments.SandboxAccounts;
import uz.ultramarket.local.payments.SandboxPages;

/**
 * Click's pay page (my.click.uz/services/pay) on the local stack, calling the shop's SHOP API endpoints
 * ({@code <base>/api/payments/click/prepare} and {@code …/complete}) as Click does (specs/click-shop-api.md): URL-encoded
 * forms, signed with MD5 (§4), JSON replies.
 *
 * <p>Pages, all under {@value #PREFIX}:
 * <ul>
 * <li>{@code GET /services/pay?service_id&merchant_id&amount&transaction_param[&return_url]} — the link of spec §6; a
 * wrong service or merchant, an amount not {@code N.NN} so'm or no {@code transaction_param}: 400; else 303 to
 * {@code /pay/<token>}.</li>
 * <li>{@code GET /pay/<token>} — the order, the amount and a card form; or how the payment ended.</li>
 * <li>{@code POST /pay/<token>/card} (form {@code card}: any 16 digits, else 422 and no call) — Prepare, then, if it
 * answered {@code error} 0, Complete with {@code error=0}: paid (200), or refused (409).</li>
 * <li>{@code POST /pay/<token>/fail} — Prepare, then Complete with {@code error=-5017} ("Transaction cancelled"),
 * which the shop should answer {@code -9}: cancelled (200; a warning on the page when it answered otherwise).</li>
 * </ul>
 * An ended payment answers {@link SandboxPages#OUTCOME_HEADER} and {@link SandboxPages#RETURN_HEADER}, and goes back to
 * {@code return_url} by itself after a second when it ended as expected. Every call goes to the shared {@link ProviderCalls}.
 */
public final class ClickSandbox implements AutoCloseable {
    public static final String PREFIX = "/_local/click";
    /** What the shop puts before {@code ?service_id=…}. */
    public static final String PAY_PATH = PREFIX + "/services/pay";
    public static final String PREPARE_PATH = "/api/payments/click/prepare";
    public static final String COMPLETE_PATH = "/api/payments/click/complete";
    /** What Click's own test tools send in Complete for a cancelled payment (spec §5). */
    public static final int CANCELLED_AT_CLICK = -5017;
    /** What the shop answers a Complete that cancels: "Transaction cancelled". */
    public static final int TRANSACTION_CANCELLED = -9;
    public static final String PROVIDER = "click";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter SIGN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final int CHECKOUTS_KEPT = 1_000;

    private final URI baseUrl;
    private final URI prepareUrl;
    private final URI completeUrl;
    private final ProviderCalls calls;
    private final ProviderClient client = new ProviderClient();
    // seeded from the clock: the shop keeps click_trans_id across restarts of the stack, so a new run must not reuse one
    private final AtomicLong nextClickTransId = new AtomicLong(System.currentTimeMillis());
    private final AtomicLong nextPaydocId = new AtomicLong(System.currentTimeMillis() / 10);
    private final Map<String, Checkout> checkouts = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Checkout> eldest) { return size() > CHECKOUTS_KEPT; }
    });

    /** The parameters of a pay link; {@code amount} as the link wrote it, for Click signs and sends that very string. */
    public record ClickLink(String serviceId, String merchantId, String amount, String transactionParam, String returnUrl) {}

    private record Page(int status, String html, Map<String, String> headers) {}

    private static final class Checkout {
        final String token;
        final ClickLink link;
        final ReentrantLock lock = new ReentrantLock();
        Page ended;

        Checkout(String token, ClickLink link) {
            this.token = token;
            this.link = link;
        }
    }

    /** A Prepare or Complete and its reply; {@code problem} says why the reply is unusable. */
    private record Reply(ProviderClient.Sent sent, JsonNode json, int error, String problem) {
        String field(String name) {
            var value = json.path(name);
            return value.isValueNode() && !value.isNull() ? value.asText() : null;
        }
    }

    /** @param baseUrl the gateway's base URL, e.g. {@code http://127.0.0.1:3000} */
    public ClickSandbox(URI baseUrl, ProviderCalls calls) {
        this.baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
        this.prepareUrl = URI.create(this.baseUrl + PREPARE_PATH);
        this.completeUrl = URI.create(this.baseUrl + COMPLETE_PATH);
        this.calls = calls;
    }

    public URI prepareUrl() { return prepareUrl; }

    public URI completeUrl() { return completeUrl; }

    /** {@code <base>/_local/click/services/pay}. */
    public URI payUrl() { return URI.create(baseUrl + PAY_PATH); }

    public ProviderCalls calls() { return calls; }

    /** A pay link as the shop builds it (spec §6); {@code amount} in so'm as {@code N.NN}. */
    public URI link(String orderId, String amount, String returnUrl) {
        return URI.create(payUrl() + "?service_id=" + SandboxAccounts.CLICK_SERVICE_ID + "&merchant_id=" + SandboxAccounts.CLICK_MERCHANT_ID
                + "&amount=" + amount + "&transaction_param=" + encode(orderId) + (returnUrl == null ? "" : "&return_url=" + encode(returnUrl)));
    }

    /** The shop's Click secret for the local stack: {@code {"serviceId","merchantId","secretKey","payUrl"}}. */
    public String secretJson() {
        var secret = new LinkedHashMap<String, String>();
        secret.put("serviceId", SandboxAccounts.CLICK_SERVICE_ID);
        secret.put("merchantId", SandboxAccounts.CLICK_MERCHANT_ID);
        secret.put("secretKey", SandboxAccounts.CLICK_SECRET_KEY);
        secret.put("payUrl", payUrl().toString());
        try {
            return JSON.writeValueAsString(secret);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code {"prepareUrl","completeUrl","serviceId","merchantId","secretKey"}}. */
    public Map<String, Object> settings() {
        var settings = new LinkedHashMap<String, Object>();
        settings.put("prepareUrl", prepareUrl.toString());
        settings.put("completeUrl", completeUrl.toString());
        settings.put("serviceId", SandboxAccounts.CLICK_SERVICE_ID);
        settings.put("merchantId", SandboxAccounts.CLICK_MERCHANT_ID);
        settings.put("secretKey", SandboxAccounts.CLICK_SECRET_KEY);
        return settings;
    }

    // --- HTTP -----------------------------------------------------------------------------------------------------

    /** Serves {@value #PREFIX} and everything under it. */
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if ((path.equals(PREFIX) || path.equals(PREFIX + "/")) && method.equals("GET")) {
                SandboxPages.send(exchange, 200, help(), Map.of());
            } else if ((path.equals(PAY_PATH) || path.equals(PAY_PATH + "/")) && method.equals("GET")) {
                open(exchange, SandboxPages.query(exchange.getRequestURI()));
            } else if (path.startsWith(PREFIX + "/pay/")) {
                checkout(exchange, method, path.substring((PREFIX + "/pay/").length()).split("/", -1));
            } else {
                SandboxPages.send(exchange, 404, simplePage("Not found", "No Click sandbox page " + method + " " + path + "."), Map.of());
            }
        }
    }

    private void open(HttpExchange exchange, Map<String, String> query) throws IOException {
        String serviceId = query.getOrDefault("service_id", "");
        String merchantId = query.getOrDefault("merchant_id", "");
        String amount = query.getOrDefault("amount", "");
        String order = query.getOrDefault("transaction_param", "");
        String returnUrl = query.getOrDefault("return_url", "").isBlank() ? null : query.get("return_url");
        String problem = !serviceId.equals(SandboxAccounts.CLICK_SERVICE_ID) ? "Unknown service_id \"" + serviceId + "\" (the local one is "
                + SandboxAccounts.CLICK_SERVICE_ID + ")"
                : !merchantId.equals(SandboxAccounts.CLICK_MERCHANT_ID) ? "Unknown merchant_id \"" + merchantId + "\" (the local one is "
                + SandboxAccounts.CLICK_MERCHANT_ID + ")"
                : !amount.matches("\\d{1,12}(\\.\\d{1,2})?") || new BigDecimal(amount).signum() <= 0 ? "The amount \"" + amount
                + "\" is not a positive sum of so'm written N.NN"
                : order.isBlank() ? "The link has no transaction_param (the order number)"
                : returnUrl != null && !SandboxPages.isWebAddress(returnUrl) ? "The return_url \"" + returnUrl + "\" is not an absolute http(s) URL"
                : null;
        if (problem != null) {
            SandboxPages.send(exchange, 400, simplePage("Invalid payment link", problem), Map.of());
            return;
        }
        String token = HexFormat.of().formatHex(randomBytes(16));
        checkouts.put(token, new Checkout(token, new ClickLink(serviceId, merchantId, amount, order, returnUrl)));
        SandboxPages.redirect(exchange, PREFIX + "/pay/" + token);
    }

    private void checkout(HttpExchange exchange, String method, String[] parts) throws IOException {
        var checkout = checkouts.get(parts[0]);
        if (checkout == null) {
            SandboxPages.send(exchange, 404, simplePage("Not found", "This payment page does not exist or has expired."), Map.of());
            return;
        }
        String action = parts.length > 1 ? parts[1] : "";
        Page page;
        // one click at a time per checkout; a lock, not synchronized, which would pin a virtual thread's carrier on JDK 21
        checkout.lock.lock();
        try {
            if (method.equals("GET") && action.isEmpty()) page = checkout.ended != null ? checkout.ended : form(checkout, null, 200);
            else if (!method.equals("POST")) page = new Page(405, simplePage("Not allowed", method + " is not served here."), Map.of());
            else if (checkout.ended != null) page = checkout.ended;
            else page = switch (action) {
                case "card" -> card(checkout, SandboxPages.form(exchange));
                case "fail" -> pay(checkout, true);
                default -> new Page(404, simplePage("Not found", "No step \"" + action + "\"."), Map.of());
            };
        } finally {
            checkout.lock.unlock();
        }
        SandboxPages.send(exchange, page.status(), page.html(), page.headers());
    }

    private Page card(Checkout checkout, Map<String, String> form) {
        String digits = form.getOrDefault("card", "").replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{16}")) return form(checkout, "A card number is 16 digits.", 422);
        return pay(checkout, false);
    }

    /** Prepare, then (when it answered 0) Complete: {@code error=0}, or {@value #CANCELLED_AT_CLICK} when {@code fail}. */
    private Page pay(Checkout checkout, boolean fail) {
        var link = checkout.link;
        var warnings = new ArrayList<String>();
        String clickTransId = Long.toString(nextClickTransId.getAndIncrement());
        String paydocId = Long.toString(nextPaydocId.getAndIncrement());
        String signTime = signTime();
        var prepare = ClickSignature.form(clickTransId, paydocId, link.serviceId(), SandboxAccounts.CLICK_SECRET_KEY,
                link.transactionParam(), link.amount(), null, 0, signTime);
        var prepared = post("prepare", prepareUrl, prepare, clickTransId, link, warnings);
        if (prepared.problem() != null) return end(checkout, "failed", 502, "Prepare: " + prepared.problem(), warnings);
        if (prepared.error() != 0) return end(checkout, "refused", 409, refusal("Prepare", prepared), warnings);
        String prepareId = prepared.field("merchant_prepare_id");
        if (prepareId == null || prepareId.isBlank()) {
            return end(checkout, "failed", 502, "Prepare answered error 0 without a merchant_prepare_id", warnings);
        }

        var complete = ClickSignature.form(clickTransId, paydocId, link.serviceId(), SandboxAccounts.CLICK_SECRET_KEY,
                link.transactionParam(), link.amount(), prepareId, fail ? CANCELLED_AT_CLICK : 0, signTime());
        var completed = post("complete", completeUrl, complete, clickTransId, link, warnings);
        if (completed.problem() != null) return end(checkout, "failed", 502, "Complete: " + completed.problem(), warnings);
        if (fail) {
            if (completed.error() != TRANSACTION_CANCELLED) {
                warnings.add("Complete with error " + CANCELLED_AT_CLICK + " was answered " + completed.error() + " (" + completed.field("error_note")
                        + "), not " + TRANSACTION_CANCELLED + " (spec §7)");
            }
            return end(checkout, "cancelled", 200, null, warnings);
        }
        if (completed.error() != 0) return end(checkout, "refused", 409, refusal("Complete", completed), warnings);
        return end(checkout, "paid", 200, null, warnings);
    }

    private Reply post(String action, URI url, Map<String, String> fields, String clickTransId, ClickLink link, List<String> warnings) {
        String body = ClickSignature.encoded(fields);
        var sent = client.post(url, "application/x-www-form-urlencoded", null, body);
        calls.add(ProviderClient.logged(sent, PROVIDER, action, url, body, null));
        if (sent.failure() != null) return new Reply(sent, null, 0, "no reply: " + sent.failure());
        if (sent.status() != 200) return new Reply(sent, null, 0, "HTTP " + sent.status() + " (Click reads a 200's JSON body)");
        JsonNode json;
        try {
            json = JSON.readTree(sent.body());
        } catch (IOException e) {
            return new Reply(sent, null, 0, "the reply is not JSON");
        }
        if (json == null || !json.isObject()) return new Reply(sent, json, 0, "the reply is not a JSON object");
        var error = json.path("error");
        boolean numeric = error.isIntegralNumber() || (error.isTextual() && error.asText().matches("-?\\d{1,9}"));
        if (!numeric) return new Reply(sent, json, 0, "the reply's error is " + (error.isMissingNode() ? "missing" : error + ", not a number"));
        var reply = new Reply(sent, json, error.asInt(), null);
        for (var echo : Map.of("click_trans_id", clickTransId, "merchant_trans_id", link.transactionParam()).entrySet()) {
            String value = reply.field(echo.getKey());
            if (value != null && !value.equals(echo.getValue())) {
                warnings.add(action + " echoed " + echo.getKey() + " " + value + ", not " + echo.getValue());
            }
        }
        return reply;
    }

    private static String refusal(String action, Reply reply) {
        return action + " answered error " + reply.error() + ": " + reply.field("error_note");
    }

    /** Ends the checkout with {@code outcome}; a page that goes back by itself only when all went as it should. */
    private Page end(Checkout checkout, String outcome, int status, String error, List<String> warnings) {
        var link = checkout.link;
        String title = switch (outcome) {
            case "paid" -> "Payment successful";
            case "cancelled" -> "Payment cancelled";
            case "refused" -> "Payment refused by the merchant";
            default -> "The merchant's service failed";
        };
        var body = new StringBuilder("<h1>").append(title).append("</h1><p class=\"").append(outcome.equals("paid") ? "ok" : "err")
                .append("\" id=\"outcome\" data-outcome=\"").append(outcome).append("\">").append(escape(error == null ? title : error)).append("</p>")
                .append(facts(link));
        for (var warning : warnings) body.append("<p class=\"warn\">").append(escape(warning)).append("</p>");
        boolean goesBack = link.returnUrl() != null && error == null && warnings.isEmpty();
        if (goesBack) body.append("<p>Returning to the shop…</p>");
        body.append(backLink(link));
        var headers = new LinkedHashMap<String, String>();
        headers.put(SandboxPages.OUTCOME_HEADER, outcome);
        if (link.returnUrl() != null) headers.put(SandboxPages.RETURN_HEADER, link.returnUrl());
        checkout.ended = new Page(status, SandboxPages.html("en", "CLICK — " + title, body.toString(), goesBack ? link.returnUrl() : null, 1), headers);
        return checkout.ended;
    }

    private Page form(Checkout checkout, String error, int status) {
        String base = PREFIX + "/pay/" + checkout.token;
        var body = new StringBuilder("<h1>CLICK</h1>").append(facts(checkout.link));
        if (error != null) body.append("<p class=\"err\" id=\"error\">").append(escape(error)).append("</p>");
        body.append("<form method=\"post\" action=\"").append(base).append("/card\"><label>Card number (Uzcard / Humo)")
                .append("<input name=\"card\" inputmode=\"numeric\" autocomplete=\"cc-number\" required value=\"8600 1234 5678 9012\"></label>")
                .append("<button>Pay</button><button class=\"alt\" formaction=\"").append(base).append("/fail\" formnovalidate>Fail payment</button>")
                .append("</form><p><small>Any 16 digits pay. “Fail payment” has Click cancel it (Complete with error ")
                .append(CANCELLED_AT_CLICK).append(").</small></p>").append(backLink(checkout.link));
        return new Page(status, SandboxPages.html("en", "CLICK — payment", body.toString(), null, 0), Map.of());
    }

    private static String facts(ClickLink link) {
        long tiyin = new BigDecimal(link.amount()).movePointRight(2).longValueExact();
        return "<dl><dt>Merchant</dt><dd>UltraMarket <small>(service " + escape(link.serviceId()) + ")</small></dd><dt>Order</dt><dd id=\"order\">"
                + escape(link.transactionParam()) + "</dd><dt>Amount</dt><dd id=\"amount\">" + SandboxPages.som(tiyin) + " so'm</dd></dl>";
    }

    private static String backLink(ClickLink link) {
        if (link.returnUrl() == null) return "<p><small>The link has no return_url.</small></p>";
        return "<p><a id=\"return\" href=\"" + escape(link.returnUrl()) + "\">Back to the shop</a></p>";
    }

    private static String simplePage(String title, String message) {
        return SandboxPages.html("en", title, "<h1>" + escape(title) + "</h1><p class=\"err\" id=\"error\">" + escape(message) + "</p>", null, 0);
    }

    private String help() {
        String body = "<h1>Click sandbox</h1><p>Click's pay page, locally: <code>" + escape(payUrl().toString())
                + "?service_id=" + SandboxAccounts.CLICK_SERVICE_ID + "&amp;merchant_id=" + SandboxAccounts.CLICK_MERCHANT_ID
                + "&amp;amount=15000.00&amp;transaction_param=&lt;order&gt;&amp;return_url=&lt;url-encoded&gt;</code>. It sends Prepare to <code>"
                + escape(prepareUrl.toString()) + "</code> and Complete to <code>" + escape(completeUrl.toString())
                + "</code>; the calls are at <a href=\"../payments\">payments</a>.</p><dl><dt>Service / merchant id</dt><dd><code>"
                + SandboxAccounts.CLICK_SERVICE_ID + "</code> / <code>" + SandboxAccounts.CLICK_MERCHANT_ID + "</code></dd><dt>Secret key</dt><dd><code>"
                + SandboxAccounts.CLICK_SECRET_KEY + "</code></dd></dl><form method=\"get\" action=\"" + PAY_PATH + "\"><h2>Open a payment</h2>"
                + "<input type=\"hidden\" name=\"service_id\" value=\"" + SandboxAccounts.CLICK_SERVICE_ID + "\"><input type=\"hidden\" name=\"merchant_id\" value=\""
                + SandboxAccounts.CLICK_MERCHANT_ID + "\"><label>Order number<input name=\"transaction_param\" required></label>"
                + "<label>Amount, so'm (N.NN)<input name=\"amount\" required value=\"15000.00\"></label><label>Return URL<input name=\"return_url\"></label>"
                + "<button>Open</button></form>";
        return SandboxPages.html("en", "Click sandbox", body, null, 0);
    }

    /** Now in Tashkent, as Click writes {@code sign_time}: {@code yyyy-MM-dd HH:mm:ss}. */
    private static String signTime() {
        return SIGN_TIME.format(ZonedDateTime.now(TASHKENT));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(int count) {
        var bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    @Override
    public void close() {
        client.close();
    }
}
