package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.local.Shop.Shopper;
import uz.ultramarket.local.click.ClickSignature;
import uz.ultramarket.local.payme.PaymeSandbox;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.World;

/**
 * Paying through the whole local stack: a shopper's order paid in the Payme and Click sandboxes (and cancelled in
 * Payme's), the order's events and SMS that follow — and a storm of shuffled, repeated Payme and Click calls racing
 * over a few orders, after which every order is in one consistent state and each paid one was paid — one PAID step, one
 * OrderPaid event, one SMS — once.
 */
class PaymentJourneyTest {
    @TempDir static Path dir;
    private static LocalStack stack;
    private static Shop shop;
    private static JsonNode providers;
    private static String events;
    private static final List<JsonNode> EVENTS_SEEN = new ArrayList<>();
    private static final AtomicLong PHONES = new AtomicLong(System.nanoTime() % 900_000);
    private static final String PAID_SMS = "to'lov qabul qilindi";

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(LocalOptions.forTests(dir).withDemoProducts(200), World.fromRegistry());
        shop = new Shop(stack);
        providers = Json.mapper().readTree(shop.send("GET", "/_local/providers.json", null, null).body());
        // a queue of the test's own on the order-events topic, to count the events themselves (not only their SMS)
        var sqs = stack.aws().sqs();
        events = sqs.createQueue(r -> r.queueName("test-order-events")).queueUrl();
        String arn = sqs.getQueueAttributes(r -> r.queueUrl(events).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        stack.aws().sns().subscribe(r -> r.topicArn(stack.resources().topicArn(Registry.ORDER_EVENTS)).protocol("sqs").endpoint(arn)
                .attributes(Map.of("RawMessageDelivery", "true")));
    }

    @AfterAll
    static void stop() { stack.close(); }

    @Test
    void paidInThePaymeSandboxTheOrderIsPaidAndTheShopperToldOnce() throws Exception {
        var shopper = signUp();
        String sku = shop.skuWithStock(5);
        var order = placeOrder(shopper, sku, 2, "payme");
        String number = order.path("number").asText();
        String url = paymentLink(shopper, number, "payme");
        assertTrue(url.startsWith(providers.at("/payme/endpoint").asText().replace("/api/payments/payme", "/_local/payme/")), url);
        var params = new String(Base64.getDecoder().decode(url.substring(url.lastIndexOf('/') + 1)), StandardCharsets.UTF_8);
        assertEquals("m=" + providers.at("/payme/merchantId").asText() + ";ac.order_id=" + number + ";a=" + order.path("total").asLong()
                + ";l=uz;c=" + stack.baseUrl().toString().replace("127.0.0.1", "localhost") + "/orders/" + number + "/payment", params);

        var checkout = get(url);
        assertEquals(303, checkout.statusCode(), checkout.body());
        String page = absolute(checkout.headers().firstValue("Location").orElseThrow());
        assertEquals(303, post(page + "/card", "card=8600495473316478&expiry=03/99").statusCode());
        var done = post(page + "/code", "code=666666");
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("paid", done.headers().firstValue("X-Local-Payment-Outcome").orElse(""));
        assertTrue(done.headers().firstValue("X-Local-Return-Url").orElseThrow().endsWith("/orders/" + number + "/payment"));

        assertEquals("PAID", status(shopper, number));
        Await.until(Duration.ofSeconds(30), "the order-paid SMS", () -> smsAbout(shopper, number, PAID_SMS) == 1);
        var calls = Json.mapper().readTree(shop.send("GET", "/_local/payments.json", null, null, Map.of()).body());
        var methods = new ArrayList<String>();
        for (var call : calls) {
            if (call.path("request").asText().contains(number) || call.path("method").asText().equals("PerformTransaction")) {
                if (call.path("provider").asText().equals("payme")) methods.add(call.path("method").asText());
            }
        }
        assertTrue(methods.containsAll(List.of("CheckPerformTransaction", "CreateTransaction", "PerformTransaction")), methods.toString());
        for (var call : calls) {
            if (call.path("repeat").asBoolean(false)) assertTrue(call.path("identicalToFirst").asBoolean(), call.toString());
        }
        Thread.sleep(2_000); // a second SMS would come within this
        assertEquals(1, smsAbout(shopper, number, PAID_SMS), "told once");
    }

    @Test
    void cancelledInThePaymeSandboxTheOrderIsCancelledAndItsStockBack() throws Exception {
        var shopper = signUp();
        String sku = shop.skuWithStock(5);
        int[] before = shop.stock(sku);
        String number = placeOrder(shopper, sku, 3, "payme").path("number").asText();
        assertEquals(before[1] + 3, shop.stock(sku)[1], "held at checkout");
        String page = absolute(get(paymentLink(shopper, number, "payme")).headers().firstValue("Location").orElseThrow());
        var cancelled = post(page + "/cancel", "");
        assertEquals("cancelled", cancelled.headers().firstValue("X-Local-Payment-Outcome").orElse(""), cancelled.body());
        assertEquals("CANCELLED", status(shopper, number));
        assertEquals(before[0], shop.stock(sku)[0]);
        assertEquals(before[1], shop.stock(sku)[1], "released");
    }

    @Test
    void paidInTheClickSandboxTheOrderIsPaidAndAFailedOneCancelled() throws Exception {
        var shopper = signUp();
        String sku = shop.skuWithStock(5);
        var order = placeOrder(shopper, sku, 1, "click");
        String number = order.path("number").asText();
        String url = paymentLink(shopper, number, "click");
        long total = order.path("total").asLong();
        assertTrue(url.contains("&amount=" + total / 100 + "." + String.format("%02d", total % 100) + "&transaction_param=" + number), url);
        var page = absolute(get(url).headers().firstValue("Location").orElseThrow());
        var paid = post(page + "/card", "card=8600123412341234");
        assertEquals("paid", paid.headers().firstValue("X-Local-Payment-Outcome").orElse(""), paid.body());
        assertEquals("PAID", status(shopper, number));
        Await.until(Duration.ofSeconds(30), "the order-paid SMS", () -> smsAbout(shopper, number, PAID_SMS) == 1);

        int[] before = shop.stock(sku);
        String failing = placeOrder(shopper, sku, 2, "click").path("number").asText();
        var failPage = absolute(get(paymentLink(shopper, failing, "click")).headers().firstValue("Location").orElseThrow());
        var failed = post(failPage + "/fail", "");
        assertEquals("cancelled", failed.headers().firstValue("X-Local-Payment-Outcome").orElse(""), failed.body());
        assertEquals("CANCELLED", status(shopper, failing));
        assertEquals(before[1], shop.stock(sku)[1], "released");
    }

    /**
     * Issue #8's reliability test: over 1,000 Payme and Click calls — each sent several times, all shuffled, eight at a
     * time — race over a few orders: two Payme transactions for one order, Payme against Click, Click's success against
     * its failure, a perform against a cancel. Then, as providers do, each transaction's last word is sent once more.
     */
    @Test
    void aThousandShuffledRepeatedCallsLeaveEveryOrderConsistentAndEachPaidOnePaidAndToldOnce() throws Exception {
        var shopper = signUp();
        String sku = shop.skuWithStock(40);
        int[] before = shop.stock(sku);
        var random = new Random(20261203);
        var calls = new ArrayList<Runnable>();
        var finals = new ArrayList<Runnable>();
        var orders = new ArrayList<String>();
        var errors = new ConcurrentLinkedQueue<String>();
        for (int i = 0; i < 8; i++) {
            var order = placeOrder(shopper, sku, 1, i % 2 == 0 ? "payme" : "click");
            String number = order.path("number").asText();
            long total = order.path("total").asLong();
            orders.add(number);
            String p1 = paymeId();
            String p2 = paymeId();
            String c1 = Long.toString(System.nanoTime());
            var scenario = new ArrayList<Runnable>();
            switch (i % 4) {
                case 0 -> { // two Payme transactions for one order
                    scenario.add(() -> payme(errors, "CreateTransaction", create(p1, number, total)));
                    scenario.add(() -> payme(errors, "CreateTransaction", create(p2, number, total)));
                    scenario.add(() -> payme(errors, "PerformTransaction", "{\"id\":\"" + p1 + "\"}"));
                    scenario.add(() -> payme(errors, "PerformTransaction", "{\"id\":\"" + p2 + "\"}"));
                    scenario.add(() -> payme(errors, "CheckPerformTransaction", "{\"amount\":" + total + ",\"account\":{\"order_id\":\"" + number + "\"}}"));
                    finals.add(() -> payme(errors, "PerformTransaction", "{\"id\":\"" + p1 + "\"}"));
                    finals.add(() -> payme(errors, "PerformTransaction", "{\"id\":\"" + p2 + "\"}"));
                }
                case 1 -> { // Payme against Click
                    scenario.add(() -> payme(errors, "CreateTransaction", create(p1, number, total)));
                    scenario.add(() -> payme(errors, "PerformTransaction", "{\"id\":\"" + p1 + "\"}"));
                    scenario.add(() -> click(errors, "prepare", c1, number, total, null, 0));
                    scenario.add(() -> click(errors, "complete", c1, number, total, "*", 0));
                    finals.add(() -> payme(errors, "PerformTransaction", "{\"id\":\"" + p1 + "\"}"));
                    finals.add(() -> click(errors, "complete", c1, number, total, "*", 0));
                }
                case 2 -> { // Click's success against its own failure
                    scenario.add(() -> click(errors, "prepare", c1, number, total, null, 0));
                    scenario.add(() -> click(errors, "complete", c1, number, total, "*", 0));
                    scenario.add(() -> click(errors, "complete", c1, number, total, "*", -5017));
                    finals.add(() -> click(errors, "complete", c1, number, total, "*", 0));
                }
                default -> { // a perform against a cancel
                    scenario.add(() -> payme(errors, "CreateTransaction", create(p1, number, total)));
                    scenario.add(() -> payme(errors, "PerformTransaction", "{\"id\":\"" + p1 + "\"}"));
                    scenario.add(() -> payme(errors, "CancelTransaction", "{\"id\":\"" + p1 + "\",\"reason\":3}"));
                    scenario.add(() -> payme(errors, "CheckTransaction", "{\"id\":\"" + p1 + "\"}"));
                    finals.add(() -> payme(errors, "PerformTransaction", "{\"id\":\"" + p1 + "\"}"));
                }
            }
            int copies = (int) Math.ceil(1_000.0 / 8 / scenario.size()) + 1;
            for (var call : scenario) for (int c = 0; c < copies; c++) calls.add(call);
        }
        Collections.shuffle(calls, random);
        assertTrue(calls.size() >= 1_000, "calls: " + calls.size());
        var pool = Executors.newFixedThreadPool(8);
        calls.forEach(pool::submit);
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES));
        finals.forEach(Runnable::run);
        assertTrue(errors.isEmpty(), () -> "transport or protocol failures: " + errors);

        int paidOrders = 0;
        int released = 0;
        for (String number : orders) {
            var order = Json.mapper().readTree(shop.signedIn("GET", "/api/orders/" + number, shopper.token(), null, null).body());
            var statuses = new ArrayList<String>();
            order.path("history").forEach(step -> statuses.add(step.path("status").asText()));
            long paidSteps = statuses.stream().filter("PAID"::equals).count();
            assertTrue(paidSteps <= 1, number + " paid once at most: " + statuses);
            String status = order.path("status").asText();
            assertTrue(List.of("PAID", "CANCELLED", "REFUNDED").contains(status), number + ": " + statuses);
            if (status.equals("CANCELLED")) {
                assertEquals(0, paidSteps, number + ": " + statuses);
                released++;
            }
            if (status.equals("REFUNDED")) {
                assertEquals(List.of("PENDING_PAYMENT", "PAID", "REFUNDED"), statuses);
                released++;
            }
            if (paidSteps == 1) {
                paidOrders++;
                Await.until(Duration.ofSeconds(60), "the paid SMS of " + number, () -> smsAbout(shopper, number, PAID_SMS) >= 1);
            }
        }
        System.out.printf("reliability: %d calls (+%d last words) over %d orders: %d paid, %d cancelled or refunded%n",
                calls.size(), finals.size(), orders.size(), paidOrders, released);
        assertTrue(paidOrders >= 4, "the races without a failure path end paid: " + paidOrders);
        Thread.sleep(3_000); // a second SMS would come within this
        for (String number : orders) {
            long expected = Json.mapper().readTree(shop.signedIn("GET", "/api/orders/" + number, shopper.token(), null, null).body())
                    .path("history").findValuesAsText("status").stream().filter("PAID"::equals).count();
            assertEquals(expected, smsAbout(shopper, number, PAID_SMS), "one SMS per paid order: " + number);
        }
        for (String number : orders) {
            long paidSteps = Json.mapper().readTree(shop.signedIn("GET", "/api/orders/" + number, shopper.token(), null, null).body())
                    .path("history").findValuesAsText("status").stream().filter("PAID"::equals).count();
            var paidEvents = orderEvents().stream().filter(e -> e.path("orderNumber").asText().equals(number))
                    .filter(e -> e.path("type").asText().equals("OrderPaid")).map(e -> e.path("eventId").asText()).toList();
            assertEquals(paidSteps, paidEvents.stream().distinct().count(), "one OrderPaid event per paid order: " + number + " " + paidEvents);
        }
        int[] after = shop.stock(sku);
        assertEquals(before[1], after[1], "nothing left held: every order was paid (taken), cancelled or refunded (put back)");
        assertEquals(before[0] - (orders.size() - released), after[0], "each paid order's unit taken once");
    }

    /** Every order event the test's queue received so far (raw SNS delivery: each message is one event's JSON). */
    private static List<JsonNode> orderEvents() throws Exception {
        var sqs = stack.aws().sqs();
        for (var batch = sqs.receiveMessage(r -> r.queueUrl(events).maxNumberOfMessages(10)).messages(); !batch.isEmpty();
             batch = sqs.receiveMessage(r -> r.queueUrl(events).maxNumberOfMessages(10)).messages()) {
            for (var message : batch) {
                EVENTS_SEEN.add(Json.mapper().readTree(message.body()));
                sqs.deleteMessage(r -> r.queueUrl(events).receiptHandle(message.receiptHandle()));
            }
        }
        return EVENTS_SEEN;
    }

    // --- the providers' side ------------------------------------------------------------------------------

    private static String create(String id, String number, long total) {
        return "{\"id\":\"" + id + "\",\"time\":" + System.currentTimeMillis() + ",\"amount\":" + total
                + ",\"account\":{\"order_id\":\"" + number + "\"}}";
    }

    private static String paymeId() {
        return HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }

    private static final Map<String, String> CREATED_TIMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static void payme(ConcurrentLinkedQueue<String> errors, String method, String params) {
        // a repeated CreateTransaction carries Payme's first time, as Payme's own repeats do
        String body = params;
        if (method.equals("CreateTransaction")) {
            String id = params.replaceAll(".*\"id\":\"([0-9a-f]+)\".*", "$1");
            String time = CREATED_TIMES.computeIfAbsent(id, k -> params.replaceAll(".*\"time\":(\\d+).*", "$1"));
            body = params.replaceAll("\"time\":\\d+", "\"time\":" + time);
        }
        try {
            String auth = PaymeSandbox.authorization(providers.at("/payme/key").asText());
            var reply = shop.send("POST", "/api/payments/payme", "text/json; charset=UTF-8",
                    "{\"method\":\"" + method + "\",\"params\":" + body + ",\"id\":1}", Map.of("Authorization", auth));
            var json = Json.mapper().readTree(reply.body());
            if (reply.statusCode() != 200 || json.at("/error/code").asInt() == -32400 || json.at("/error/code").asInt() == -32504) {
                errors.add(method + " " + reply.statusCode() + " " + reply.body());
            }
        } catch (Exception e) {
            errors.add(method + " " + e);
        }
    }

    private static final Map<String, String> PREPARE_IDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static void click(ConcurrentLinkedQueue<String> errors, String action, String clickTransId, String number, long total,
                              String prepareId, int error) {
        try {
            String amount = total / 100 + "." + String.format("%02d", total % 100);
            String prepared = prepareId == null ? null : PREPARE_IDS.getOrDefault(clickTransId, "1"); // before any Prepare answered: an unknown id
            var form = ClickSignature.form(clickTransId, clickTransId, providers.at("/click/serviceId").asText(),
                    providers.at("/click/secretKey").asText(), number, amount, prepared, error, "2026-12-03 21:00:00");
            int act = prepared == null ? 0 : 1;
            var reply = shop.send("POST", "/api/payments/click/" + action, "application/x-www-form-urlencoded", ClickSignature.encoded(form), Map.of());
            var json = Json.mapper().readTree(reply.body());
            int code = json.path("error").asInt();
            if (act == 0 && code == 0) PREPARE_IDS.putIfAbsent(clickTransId, json.path("merchant_prepare_id").asText());
            if (reply.statusCode() != 200 || code == -1 || code == -7 || code == -8) errors.add(action + " " + reply.body());
        } catch (Exception e) {
            errors.add(action + " " + e);
        }
    }

    // --- the shopper's side -------------------------------------------------------------------------------

    private static Shopper signUp() throws Exception {
        return shop.signUp("+998935" + String.format("%06d", PHONES.incrementAndGet() % 1_000_000), "Aziza");
    }

    private static JsonNode placeOrder(Shopper shopper, String sku, int quantity, String method) throws Exception {
        var added = shop.signedIn("POST", "/api/cart/items", shopper.token(), null, "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}");
        assertEquals(200, added.statusCode(), added.body());
        var placed = shop.signedIn("POST", "/api/checkout", shopper.token(), UUID.randomUUID().toString(), """
                {"address":{"region":"UZ-TK","district":"Yunusobod","street":"Amir Temur 1","recipientPhone":"+998901112233"},
                 "deliveryMethod":"courier","paymentMethod":"%s"}""".formatted(method));
        assertEquals(201, placed.statusCode(), placed.body());
        return Json.mapper().readTree(placed.body());
    }

    private static String paymentLink(Shopper shopper, String number, String provider) throws Exception {
        var link = shop.signedIn("POST", "/api/orders/" + number + "/payment", shopper.token(), UUID.randomUUID().toString(),
                "{\"provider\":\"" + provider + "\"}");
        assertEquals(200, link.statusCode(), link.body());
        var json = Json.mapper().readTree(link.body());
        assertEquals(provider, json.path("provider").asText());
        return json.path("url").asText();
    }

    private static String status(Shopper shopper, String number) throws Exception {
        return Json.mapper().readTree(shop.signedIn("GET", "/api/orders/" + number, shopper.token(), null, null).body()).path("status").asText();
    }

    private static long smsAbout(Shopper shopper, String number, String text) {
        return shop.smsTo(shopper.phone()).stream().filter(m -> m.contains(number) && m.contains(text)).count();
    }

    private static String absolute(String location) {
        return location.startsWith("http") ? location : stack.baseUrl() + location;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return shop.send("GET", url, null, null);
    }

    private static HttpResponse<String> post(String url, String form) throws Exception {
        return shop.send("POST", url, "application/x-www-form-urlencoded", form);
    }
}
