package uz.ultramarket.local.payme;

import static uz.ultramarket.local.payments.SandboxPages.escape;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import uz.ultramarket.local.payments.ProviderCalls;
import uz.ultramarket.local.payments.ProviderClient;
import uz.ultramarket.local.payments.SandboxAccounts;
import uz.ultramarket.local.payments.SandboxPages;

/**
 * Payme's checkout (checkout.paycom.uz) on the local stack, calling the shop's Merchant API endpoint
 * ({@code <base>/api/payments/payme}) exactly as Payme does (specs/payme-merchant-api.md): JSON-RPC over
 * {@code POST}, {@code Content-Type: text/json; charset=UTF-8}, {@code Authorization: Basic base64("Paycom:" + key)} with
 * the key current at each call.
 *
 * <p>Pages, all under {@value #PREFIX}:
 * <ul>
 * <li>{@code GET /<base64 link>} — reads the link (§10.1), calls CheckPerformTransaction; on {@code allow} it makes a
 * checkout and answers 303 to {@code /pay/<token>}; otherwise a page with the merchant's message in the link's language
 * (409), the merchant unreachable or answering wrongly (502), or a bad link or unknown merchant (400).</li>
 * <li>{@code GET /pay/<token>} — the checkout as it stands: the card form, the SMS-code form, or how it ended.</li>
 * <li>{@code POST /pay/<token>/card} (form {@code card}, {@code expiry}) — a test card of §10.4 with expiry
 * {@code 03/99}: 303 back to the page, now asking for the SMS code; any other card: 402 "card declined", no call made.</li>
 * <li>{@code POST /pay/<token>/code} (form {@code code}) — {@value #SMS_CODE}: CreateTransaction twice (the second a
 * repeat), PerformTransaction twice, then the outcome page; another code: 422, the code form again.</li>
 * <li>{@code POST /pay/<token>/cancel} and {@code /timeout} — CreateTransaction twice, then CancelTransaction (reason
 * 3, or 4 for the time-out) twice.</li>
 * </ul>
 * An ended payment answers the outcome page with {@link SandboxPages#OUTCOME_HEADER} and {@link SandboxPages#RETURN_HEADER};
 * a successful one goes back to the link's {@code c} by itself (after {@code ct} ms, else a second) unless a repeat was
 * answered differently. Every call goes to the shared {@link ProviderCalls}, repeats marked identical or not: the
 * {@code result} (or {@code error}) member of the repeat's reply compared byte for byte with the first's — the whole
 * replies differ in their JSON-RPC {@code id}, which goes up by one per request.
 */
public final class PaymeSandbox implements AutoCloseable {
    public static final String PREFIX = "/_local/payme";
    /** The shop's Merchant API endpoint, under the gateway's base URL. */
    public static final String ENDPOINT_PATH = "/api/payments/payme";
    /** The test cards of spec §10.4, digits only; both expire {@value #TEST_EXPIRY}. */
    public static final List<String> TEST_CARDS = List.of("8600495473316478", "8600069195406311");
    public static final String TEST_EXPIRY = "03/99";
    public static final String SMS_CODE = "666666";
    public static final String PROVIDER = "payme";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CONTENT_TYPE = "text/json; charset=UTF-8";
    /** Checkouts kept in memory: a page older than the newest 1,000 says it has expired. */
    private static final int CHECKOUTS_KEPT = 1_000;

    private final URI baseUrl;
    private final URI endpoint;
    private final Supplier<String> storedKey;
    private final ProviderCalls calls;
    private final ProviderClient client = new ProviderClient();
    private final AtomicLong rpcIds = new AtomicLong();
    private final Map<String, Checkout> checkouts = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Checkout> eldest) { return size() > CHECKOUTS_KEPT; }
    });

    private enum Step { CARD, CODE, DONE }

    /** A page as answered: kept for an ended checkout, so a reload or a second click shows it again without calls. */
    private record Page(int status, String html, Map<String, String> headers) {}

    private static final class Checkout {
        final String token;
        final PaymeLink link;
        final ReentrantLock lock = new ReentrantLock();
        Step step = Step.CARD;
        String card;
        Page ended;

        Checkout(String token, PaymeLink link) {
            this.token = token;
            this.link = link;
        }
    }

    /**
     * One JSON-RPC request and its reply. {@code problem} says why the reply is unusable (none, not HTTP 200, not JSON,
     * another {@code id}, neither or both of {@code result} and {@code error}); {@code answer} is the raw bytes of its
     * {@code result} or {@code error} member.
     */
    private record Rpc(String method, ProviderClient.Sent sent, JsonNode reply, byte[] answer, String problem) {
        JsonNode error() { return problem == null && reply.hasNonNull("error") ? reply.get("error") : null; }

        JsonNode result() { return problem == null ? reply.path("result") : null; }
    }

    /**
     * @param baseUrl   the gateway's base URL, e.g. {@code http://127.0.0.1:3000}: the endpoint and the pages hang off it
     * @param storedKey the key as the shop keeps it now (see {@link #keyIn}); null or blank: {@link SandboxAccounts#PAYME_KEY}
     */
    public PaymeSandbox(URI baseUrl, Supplier<String> storedKey, ProviderCalls calls) {
        this.baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
        this.endpoint = URI.create(this.baseUrl + ENDPOINT_PATH);
        this.storedKey = storedKey;
        this.calls = calls;
    }

    /**
     * The key in a Secrets Manager secret holding {@code {"merchantId","key","checkoutUrl"}}, read at each call (a
     * ChangePassword the shop stored is followed at once); null while the secret is missing or unreadable.
     */
    public static Supplier<String> keyIn(SecretsManagerClient secrets, String secretId) {
        return () -> {
            try {
                var key = JSON.readTree(secrets.getSecretValue(r -> r.secretId(secretId)).secretString()).path("key");
                return key.isTextual() ? key.asText() : null;
            } catch (IOException | RuntimeException missingOrUnreadable) {
                return null;
            }
        };
    }

    /** {@code <base>/api/payments/payme}. */
    public URI endpoint() { return endpoint; }

    /** What the shop puts before {@code /<base64>}: {@code <base>/_local/payme}. */
    public URI checkoutUrl() { return URI.create(baseUrl + PREFIX); }

    /** The key Payme authenticates with now. */
    public String key() {
        String stored = storedKey.get();
        return stored == null || stored.isBlank() ? SandboxAccounts.PAYME_KEY : stored;
    }

    public ProviderCalls calls() { return calls; }

    /** A checkout link as the shop builds it (spec §10.1). */
    public URI link(String orderId, long amountTiyin, String lang, String returnUrl) {
        return URI.create(checkoutUrl() + "/" + PaymeLink.encode(SandboxAccounts.PAYME_MERCHANT_ID, orderId, amountTiyin, lang, returnUrl));
    }

    /** The shop's Payme secret for the local stack: {@code {"merchantId","key","checkoutUrl"}}, with the first key. */
    public String secretJson() {
        var secret = new LinkedHashMap<String, String>();
        secret.put("merchantId", SandboxAccounts.PAYME_MERCHANT_ID);
        secret.put("key", SandboxAccounts.PAYME_KEY);
        secret.put("checkoutUrl", checkoutUrl().toString());
        return write(secret);
    }

    /** {@code {"endpoint","merchantId","login","key"}}, the key as of now. */
    public Map<String, Object> settings() {
        var settings = new LinkedHashMap<String, Object>();
        settings.put("endpoint", endpoint.toString());
        settings.put("merchantId", SandboxAccounts.PAYME_MERCHANT_ID);
        settings.put("login", SandboxAccounts.PAYME_LOGIN);
        settings.put("key", key());
        return settings;
    }

    /**
     * Payme's ChangePassword (§4.7), authenticated with the current key: the shop stores {@code newKey}, and later calls
     * carry it once {@link #key()} reads it. Returns the reply body (or why there was none).
     */
    public String changePassword(String newKey) {
        var params = JSON.createObjectNode().put("password", newKey);
        var rpc = call("ChangePassword", params, null);
        return rpc.sent().failure() != null ? rpc.sent().failure() : rpc.sent().text();
    }

    // --- HTTP -----------------------------------------------------------------------------------------------------

    /** Serves {@value #PREFIX} and everything under it. */
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            String rest = path.length() <= PREFIX.length() ? "" : path.substring(PREFIX.length() + 1);
            if (rest.isEmpty() && method.equals("GET")) {
                SandboxPages.send(exchange, 200, help(null), Map.of());
            } else if (rest.equals("link") && method.equals("POST")) {
                var form = SandboxPages.form(exchange);
                String returnUrl = form.getOrDefault("return", "").isBlank() ? null : form.get("return").strip();
                SandboxPages.redirect(exchange, link(form.getOrDefault("order_id", "").strip(), parseLong(form.get("amount")),
                        form.getOrDefault("lang", "ru"), returnUrl).toString());
            } else if (rest.equals("change-password") && method.equals("POST")) {
                String reply = changePassword(SandboxPages.form(exchange).getOrDefault("password", ""));
                SandboxPages.send(exchange, 200, help("ChangePassword answered: " + reply), Map.of());
            } else if (rest.startsWith("pay/")) {
                checkout(exchange, method, rest.substring(4).split("/", -1));
            } else if (method.equals("GET")) {
                open(exchange, rest);
            } else {
                SandboxPages.send(exchange, 405, simplePage("en", "Not allowed", method + " " + path + " is not served here."), Map.of());
            }
        }
    }

    /** {@code GET <checkout>/<base64>}: the link, then CheckPerformTransaction. */
    private void open(HttpExchange exchange, String base64) throws IOException {
        PaymeLink link;
        try {
            link = PaymeLink.parse(base64);
        } catch (PaymeLink.Malformed e) {
            SandboxPages.send(exchange, 400, simplePage("en", "Invalid payment link (" + e.code() + ")", e.getMessage()), Map.of());
            return;
        }
        if (!link.merchantId().equals(SandboxAccounts.PAYME_MERCHANT_ID)) {
            SandboxPages.send(exchange, 400, simplePage(link.lang(), "Merchant not found (-31601)", "No kassa has the id \"" + link.merchantId()
                    + "\"; the local one is " + SandboxAccounts.PAYME_MERCHANT_ID + "."), Map.of());
            return;
        }
        var params = JSON.createObjectNode().put("amount", link.amount());
        params.set("account", account(link));
        var check = call("CheckPerformTransaction", params, null);
        String fault = check.problem() != null ? check.problem()
                : check.error() == null && !check.result().path("allow").asBoolean(false) ? "CheckPerformTransaction did not answer \"allow\": true" : null;
        if (fault != null || check.error() != null) {
            var page = failed(link, check, fault);
            SandboxPages.send(exchange, page.status(), page.html(), page.headers());
            return;
        }
        String token = HexFormat.of().formatHex(randomBytes(16));
        checkouts.put(token, new Checkout(token, link));
        SandboxPages.redirect(exchange, PREFIX + "/pay/" + token);
    }

    private void checkout(HttpExchange exchange, String method, String[] parts) throws IOException {
        var checkout = checkouts.get(parts[0]);
        if (checkout == null) {
            SandboxPages.send(exchange, 404, simplePage("ru", PaymeWords.NOT_FOUND.in("ru"), PaymeWords.NOT_FOUND.in("en")), Map.of());
            return;
        }
        String action = parts.length > 1 ? parts[1] : "";
        Page page;
        // one click at a time per checkout: a double-submitted form waits, then sees how the first one ended (a lock, not
        // synchronized: a virtual thread blocked on the shop's reply inside synchronized pins its carrier on JDK 21)
        checkout.lock.lock();
        try {
            if (method.equals("GET") && action.isEmpty()) page = current(checkout, null);
            else if (!method.equals("POST")) page = new Page(405, simplePage("en", "Not allowed", method + " is not served here."), Map.of());
            else if (checkout.step == Step.DONE) page = checkout.ended;
            else page = switch (action) {
                case "card" -> card(checkout, SandboxPages.form(exchange));
                case "code" -> code(checkout, SandboxPages.form(exchange));
                case "cancel" -> end(checkout, 3);
                case "timeout" -> end(checkout, 4);
                default -> new Page(404, simplePage("en", "Not found", "No step \"" + action + "\"."), Map.of());
            };
        } finally {
            checkout.lock.unlock();
        }
        if (page.status() == 303) SandboxPages.redirect(exchange, page.headers().get("Location"));
        else SandboxPages.send(exchange, page.status(), page.html(), page.headers());
    }

    private Page card(Checkout checkout, Map<String, String> form) {
        String digits = form.getOrDefault("card", "").replaceAll("[\\s-]", "");
        String expiry = form.getOrDefault("expiry", "").replaceAll("\\s", "");
        boolean expiryOk = expiry.equals(TEST_EXPIRY) || expiry.equals(TEST_EXPIRY.replace("/", ""));
        if (!TEST_CARDS.contains(digits) || !expiryOk) {
            String lang = checkout.link.lang();
            var body = new StringBuilder("<h1>").append(PaymeWords.DECLINED.in(lang)).append(" (-31630)</h1><p class=\"err\">")
                    .append(PaymeWords.DECLINED_DETAIL.in(lang)).append("</p>").append(testCards(lang))
                    .append("<p><a id=\"retry\" href=\"").append(PREFIX).append("/pay/").append(checkout.token).append("\">")
                    .append(PaymeWords.RETRY.in(lang)).append("</a></p>").append(backLink(checkout.link));
            return new Page(402, SandboxPages.html(lang, PaymeWords.DECLINED.in(lang), body.toString(), null, 0), Map.of());
        }
        checkout.card = digits.substring(0, 6) + "******" + digits.substring(12);
        checkout.step = Step.CODE;
        return new Page(303, "", Map.of("Location", PREFIX + "/pay/" + checkout.token));
    }

    private Page code(Checkout checkout, Map<String, String> form) {
        String lang = checkout.link.lang();
        if (checkout.step != Step.CODE) return current(checkout, PaymeWords.ENTER_CARD_FIRST.in(lang), 409);
        if (!SMS_CODE.equals(form.getOrDefault("code", "").strip())) return current(checkout, PaymeWords.WRONG_CODE.in(lang), 422);
        return end(checkout, null);
    }

    /**
     * CreateTransaction twice, then PerformTransaction twice ({@code cancelReason} null) or CancelTransaction with that
     * reason twice. A first call the merchant refuses or answers wrongly ends it there; a repeat answered differently
     * is a warning on the outcome page.
     */
    private Page end(Checkout checkout, Integer cancelReason) {
        var link = checkout.link;
        var warnings = new ArrayList<String>();
        String id = newPaymeId();
        var create = JSON.createObjectNode().put("id", id).put("time", System.currentTimeMillis()).put("amount", link.amount());
        create.set("account", account(link));
        var created = call("CreateTransaction", create, null);
        if (fault(created, Set.of(1)) != null || created.error() != null) return done(checkout, failed(link, created, fault(created, Set.of(1))));
        repeat(created, create, Set.of(1), warnings);
        var next = JSON.createObjectNode().put("id", id);
        String method = cancelReason == null ? "PerformTransaction" : "CancelTransaction";
        Set<Integer> states = cancelReason == null ? Set.of(2) : Set.of(-1);
        if (cancelReason != null) next.put("reason", cancelReason);
        var last = call(method, next, null);
        if (fault(last, states) != null || last.error() != null) return done(checkout, failed(link, last, fault(last, states)));
        repeat(last, next, states, warnings);

        String lang = link.lang();
        String outcome = cancelReason == null ? "paid" : cancelReason == 4 ? "timed-out" : "cancelled";
        var title = cancelReason == null ? PaymeWords.PAID : cancelReason == 4 ? PaymeWords.TIMED_OUT : PaymeWords.CANCELLED;
        var body = new StringBuilder("<h1>").append(title.in(lang)).append("</h1><p class=\"").append(cancelReason == null ? "ok" : "err")
                .append("\" id=\"outcome\" data-outcome=\"").append(outcome).append("\">").append(title.in(lang)).append("</p>")
                .append(orderFacts(link)).append("<dl><dt>").append(PaymeWords.PAYME_TRANSACTION.in(lang)).append("</dt><dd><code>").append(id)
                .append("</code></dd><dt>").append(PaymeWords.SHOP_TRANSACTION.in(lang)).append("</dt><dd><code>")
                .append(escape(created.result().path("transaction").asText())).append("</code></dd></dl>");
        for (var warning : warnings) body.append("<p class=\"warn\">").append(escape(warning)).append("</p>");
        boolean goesBack = link.returnUrl() != null && warnings.isEmpty();
        if (goesBack) body.append("<p>").append(PaymeWords.RETURNING.in(lang)).append("</p>");
        body.append(backLink(link));
        long waitMillis = cancelReason == null && link.returnAfterMillis() != null ? link.returnAfterMillis() : 1_000;
        return done(checkout, new Page(200, SandboxPages.html(lang, title.in(lang), body.toString(), goesBack ? link.returnUrl() : null,
                (waitMillis + 999) / 1_000), outcomeHeaders(outcome, link)));
    }

    /** The same request again, as Payme's sandbox always sends it; its answer must be the first one's, byte for byte. */
    private void repeat(Rpc first, ObjectNode params, Set<Integer> states, List<String> warnings) {
        var again = call(first.method(), params, first);
        String fault = fault(again, states);
        if (fault != null) warnings.add("The repeated " + first.method() + " was answered wrongly: " + fault);
        else if (again.error() != null) warnings.add("The repeated " + first.method() + " was refused: " + again.error());
        else if (!Arrays.equals(first.answer(), again.answer())) {
            warnings.add("The repeated " + first.method() + " was answered differently (Payme requires the same result, byte for byte): first "
                    + new String(first.answer(), StandardCharsets.UTF_8) + ", then " + new String(again.answer(), StandardCharsets.UTF_8));
        }
    }

    private Page done(Checkout checkout, Page page) {
        checkout.step = Step.DONE;
        checkout.ended = page;
        return page;
    }

    /** What the checkout shows now; {@code error} above the form when a step was refused. */
    private Page current(Checkout checkout, String error) {
        return current(checkout, error, 200);
    }

    private Page current(Checkout checkout, String error, int status) {
        if (checkout.step == Step.DONE) return checkout.ended;
        var link = checkout.link;
        String lang = link.lang();
        String base = PREFIX + "/pay/" + checkout.token;
        var body = new StringBuilder("<h1>Payme</h1>").append(orderFacts(link));
        if (error != null) body.append("<p class=\"err\" id=\"error\">").append(escape(error)).append("</p>");
        if (checkout.step == Step.CARD) {
            body.append("<form method=\"post\" action=\"").append(base).append("/card\"><label>").append(PaymeWords.CARD.in(lang))
                    .append("<input name=\"card\" inputmode=\"numeric\" autocomplete=\"cc-number\" required value=\"8600 4954 7331 6478\"></label><label>")
                    .append(PaymeWords.EXPIRY.in(lang)).append("<input name=\"expiry\" autocomplete=\"cc-exp\" required value=\"").append(TEST_EXPIRY)
                    .append("\"></label><button>").append(PaymeWords.PAY.in(lang)).append("</button>");
        } else {
            body.append("<p>").append(PaymeWords.CODE_SENT.in(lang)).append(" <small>(").append(checkout.card).append(")</small></p>")
                    .append("<form method=\"post\" action=\"").append(base).append("/code\"><label>").append(PaymeWords.CODE.in(lang))
                    .append("<input name=\"code\" inputmode=\"numeric\" autocomplete=\"one-time-code\" required autofocus></label><button>")
                    .append(PaymeWords.CONFIRM.in(lang)).append("</button>");
        }
        body.append("<button class=\"alt\" formaction=\"").append(base).append("/cancel\" formnovalidate>").append(PaymeWords.CANCEL.in(lang))
                .append("</button><button class=\"alt\" formaction=\"").append(base).append("/timeout\" formnovalidate>")
                .append(PaymeWords.TIME_OUT.in(lang)).append("</button></form>");
        body.append(checkout.step == Step.CARD ? testCards(lang) : "<p><small>" + PaymeWords.TEST_CODE.in(lang) + ": " + SMS_CODE + "</small></p>");
        return new Page(status, SandboxPages.html(lang, PaymeWords.TITLE.in(lang), body.toString(), null, 0), Map.of());
    }

    /** The page for a call the merchant refused (its message, in the link's language) or answered wrongly ({@code fault}). */
    private Page failed(PaymeLink link, Rpc rpc, String fault) {
        String lang = link.lang();
        var body = new StringBuilder();
        int status;
        String outcome;
        if (fault == null) {
            var error = rpc.error();
            status = 409;
            outcome = "refused";
            body.append("<h1>").append(PaymeWords.REFUSED.in(lang)).append("</h1><p class=\"err\" id=\"error\" data-code=\"")
                    .append(error.path("code").asInt()).append("\">").append(escape(localized(error.path("message"), lang)))
                    .append("</p><p><small>").append(escape(rpc.method())).append(": ").append(error.path("code").asText())
                    .append(error.hasNonNull("data") ? " (" + escape(error.path("data").asText()) + ")" : "").append("</small></p>");
        } else {
            boolean noAnswer = rpc.sent().failure() != null;
            status = 502;
            outcome = "failed";
            body.append("<h1>").append((noAnswer ? PaymeWords.UNAVAILABLE : PaymeWords.MISBEHAVING).in(lang)).append(noAnswer ? " (-31622)" : " (-31623)")
                    .append("</h1><p class=\"err\" id=\"error\">").append(escape(rpc.method() + ": " + fault)).append("</p>");
        }
        body.append(orderFacts(link)).append(backLink(link));
        return new Page(status, SandboxPages.html(lang, PaymeWords.REFUSED.in(lang), body.toString(), null, 0), outcomeHeaders(outcome, link));
    }

    private static Map<String, String> outcomeHeaders(String outcome, PaymeLink link) {
        var headers = new LinkedHashMap<String, String>();
        headers.put(SandboxPages.OUTCOME_HEADER, outcome);
        if (link.returnUrl() != null) headers.put(SandboxPages.RETURN_HEADER, link.returnUrl());
        return headers;
    }

    private static String orderFacts(PaymeLink link) {
        String lang = link.lang();
        return "<dl><dt>" + PaymeWords.MERCHANT.in(lang) + "</dt><dd>UltraMarket</dd><dt>" + PaymeWords.ORDER.in(lang) + "</dt><dd id=\"order\">"
                + escape(link.orderId()) + "</dd><dt>" + PaymeWords.AMOUNT.in(lang) + "</dt><dd id=\"amount\">" + SandboxPages.som(link.amount())
                + " " + PaymeWords.CURRENCY.in(lang) + "</dd></dl>";
    }

    private static String backLink(PaymeLink link) {
        String lang = link.lang();
        if (link.returnUrl() == null) return "<p><small>" + PaymeWords.NO_RETURN.in(lang) + "</small></p>";
        return "<p><a id=\"return\" href=\"" + escape(link.returnUrl()) + "\">" + PaymeWords.BACK.in(lang) + "</a></p>";
    }

    private static String testCards(String lang) {
        return "<p><small>" + PaymeWords.TEST_CARDS.in(lang) + ": 8600 4954 7331 6478, 8600 0691 9540 6311 — " + TEST_EXPIRY + "</small></p>";
    }

    private static String simplePage(String lang, String title, String message) {
        return SandboxPages.html(lang, title, "<h1>" + escape(title) + "</h1><p class=\"err\" id=\"error\">" + escape(message) + "</p>", null, 0);
    }

    private String help(String notice) {
        var body = new StringBuilder("<h1>Payme sandbox</h1>");
        if (notice != null) body.append("<p class=\"warn\">").append(escape(notice)).append("</p>");
        body.append("<p>Payme's checkout, locally. A link is <code>").append(checkoutUrl()).append("/&lt;base64 of m=…;ac.order_id=…;a=…;l=…;c=…&gt;</code>")
                .append(" (tiyin in <code>a</code>). It calls <code>").append(endpoint).append("</code> as Payme does; the calls are at <a href=\"")
                .append("../payments\">payments</a>.</p><dl><dt>Merchant id</dt><dd><code>").append(SandboxAccounts.PAYME_MERCHANT_ID)
                .append("</code></dd><dt>Login / key now</dt><dd><code>").append(SandboxAccounts.PAYME_LOGIN).append("</code> / <code>")
                .append(escape(key())).append("</code></dd><dt>Test cards</dt><dd>8600 4954 7331 6478, 8600 0691 9540 6311 — ")
                .append(TEST_EXPIRY).append("; SMS code ").append(SMS_CODE).append("</dd></dl>")
                .append("<form method=\"post\" action=\"").append(PREFIX).append("/link\"><h2>Open a checkout</h2>")
                .append("<label>Order number<input name=\"order_id\" required></label><label>Amount, tiyin<input name=\"amount\" required inputmode=\"numeric\"></label>")
                .append("<label>Language (uz, ru, en)<input name=\"lang\" value=\"uz\"></label><label>Return URL<input name=\"return\"></label>")
                .append("<button>Open</button></form><form method=\"post\" action=\"").append(PREFIX).append("/change-password\"><h2>ChangePassword</h2>")
                .append("<label>New key<input name=\"password\" required minlength=\"8\"></label><button class=\"alt\">Send</button></form>");
        return SandboxPages.html("en", "Payme sandbox", body.toString(), null, 0);
    }

    /** Payme's {@code Authorization} header with kassa key {@code key}: {@code Basic base64("Paycom:" + key)}. */
    public static String authorization(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((SandboxAccounts.PAYME_LOGIN + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    // --- JSON-RPC -------------------------------------------------------------------------------------------------

    /** Sends {@code method} with the next id and the current key; a repeat of {@code first} is logged with whether its answer matched. */
    private Rpc call(String method, ObjectNode params, Rpc first) {
        long id = rpcIds.incrementAndGet();
        var request = JSON.createObjectNode().put("method", method);
        request.set("params", params);
        request.put("id", id);
        String body = request.toString();
        var sent = client.post(endpoint, CONTENT_TYPE, authorization(key()), body);
        JsonNode reply = null;
        byte[] answer = null;
        String problem;
        if (sent.failure() != null) {
            problem = "no reply: " + sent.failure();
        } else if (sent.status() != 200) {
            problem = "HTTP " + sent.status() + " (Payme takes every status but 200 as -32400)";
        } else {
            try {
                reply = JSON.readTree(sent.body());
                problem = reply == null || !reply.isObject() ? "the reply is not a JSON object" : null;
            } catch (IOException e) {
                problem = "the reply is not JSON";
            }
            if (problem == null) {
                boolean result = reply.hasNonNull("result");
                boolean error = reply.hasNonNull("error");
                if (!reply.path("id").isIntegralNumber() || reply.path("id").asLong() != id) {
                    problem = "the reply's id is " + reply.get("id") + ", the request's " + id;
                } else if (result == error) {
                    problem = result ? "the reply has both result and error" : "the reply has neither result nor error";
                } else {
                    answer = member(sent.body(), result ? "result" : "error");
                }
            }
        }
        Boolean identical = first == null ? null : first.answer() != null && Arrays.equals(first.answer(), answer);
        calls.add(ProviderClient.logged(sent, PROVIDER, method, endpoint, body, identical));
        return new Rpc(method, sent, reply, answer, problem);
    }

    /** Why a usable reply is still wrong for Payme: a result without one of {@code states}. Null when it is right or an error. */
    private static String fault(Rpc rpc, Set<Integer> states) {
        if (rpc.problem() != null) return rpc.problem();
        if (rpc.error() != null) return rpc.error().path("code").isIntegralNumber() ? null : "the error has no numeric code";
        var state = rpc.result().path("state");
        if (!state.isIntegralNumber() || !states.contains(state.asInt())) return "the result's state is " + state + ", not " + states.iterator().next();
        if (!rpc.result().path("transaction").isTextual()) return "the result's transaction is not a string";
        return null;
    }

    /** The raw bytes of a top-level member's value: from its first byte to the last before the next member (or the end). */
    private static byte[] member(byte[] body, String name) {
        try (JsonParser parser = JSON.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return null;
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; ) {
                String field = parser.currentName();
                parser.nextToken();
                int start = (int) parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                token = parser.nextToken();
                int end = (int) parser.currentTokenLocation().getByteOffset();
                if (field.equals(name)) {
                    while (end > start && (Character.isWhitespace(body[end - 1]) || body[end - 1] == ',')) end--;
                    return Arrays.copyOfRange(body, start, end);
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static ObjectNode account(PaymeLink link) {
        var account = JSON.createObjectNode();
        link.account().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> account.put(e.getKey(), e.getValue()));
        return account;
    }

    /** {@code error.message}: the ru/uz/en object in {@code lang} (else any of them), or a plain string. */
    static String localized(JsonNode message, String lang) {
        if (message.isTextual()) return message.asText();
        for (var key : List.of(lang, "ru", "uz", "en")) if (message.path(key).isTextual()) return message.path(key).asText();
        return message.isMissingNode() || message.isNull() ? "—" : message.toString();
    }

    /** A 24-hex-character id like Payme's (a MongoDB ObjectId: seconds, then random bytes). */
    private static String newPaymeId() {
        var bytes = randomBytes(12);
        int seconds = (int) (System.currentTimeMillis() / 1000);
        bytes[0] = (byte) (seconds >>> 24);
        bytes[1] = (byte) (seconds >>> 16);
        bytes[2] = (byte) (seconds >>> 8);
        bytes[3] = (byte) seconds;
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] randomBytes(int count) {
        var bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
