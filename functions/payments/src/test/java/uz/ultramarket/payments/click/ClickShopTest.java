package uz.ultramarket.payments.click;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.payments.PaymentsWorld;

/** Click's SHOP API (specs/click-shop-api.md) on the raw wire: form-encoded Prepare and Complete, every error code -1 … -9. */
class ClickShopTest {

    private static final AtomicLong CLICK_IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);
    private final PaymentsWorld world = PaymentsWorld.get();

    /** A request as Click builds it: fields in its order, signed with {@code secret} (Complete's formula adds the prepare id). */
    static Map<String, String> request(String clickTransId, Order order, String amount, int action, Long prepareId, int error, String secret) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("click_trans_id", clickTransId);
        fields.put("service_id", PaymentsWorld.CLICK_SERVICE_ID);
        fields.put("click_paydoc_id", Long.toString(Long.parseLong(clickTransId) + 7));
        fields.put("merchant_trans_id", order.number());
        if (prepareId != null) fields.put("merchant_prepare_id", prepareId.toString());
        fields.put("amount", amount);
        fields.put("action", Integer.toString(action));
        fields.put("error", Integer.toString(error));
        fields.put("error_note", error == 0 ? "Success" : "Transaction cancelled");
        fields.put("sign_time", "2026-12-03 20:50:19");
        String source = clickTransId + PaymentsWorld.CLICK_SERVICE_ID + secret + order.number() + (prepareId == null || action != 1 ? "" : prepareId)
                + amount + action + fields.get("sign_time");
        fields.put("sign_string", md5(source));
        return fields;
    }

    static String md5(String source) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String som(Order order) {
        long tiyin = order.total().tiyin();
        return tiyin / 100 + "." + String.format("%02d", tiyin % 100);
    }

    JsonNode prepare(Map<String, String> fields) {
        return send(world.clickPrepare, "/api/payments/click/prepare", form(fields));
    }

    JsonNode complete(Map<String, String> fields) {
        return send(world.clickComplete, "/api/payments/click/complete", form(fields));
    }

    private static JsonNode send(uz.ultramarket.core.http.HttpFunction endpoint, String path, String body) {
        var answer = Call.post(endpoint, path).body("application/x-www-form-urlencoded", body).send();
        assertEquals(200, answer.status());
        return answer.json();
    }

    static String newClickId() {
        return Long.toString(CLICK_IDS.incrementAndGet());
    }

    private static void assertError(int code, JsonNode reply) {
        assertEquals(code, reply.get("error").asInt(), reply::toString);
        assertTrue(reply.has("error_note"));
    }

    @Test
    void signaturesFollowTheSpecsTestVectors() {
        var prepare = new ClickRequest("1000001", "12345", "1", "1001", java.util.Optional.empty(), "15000", "0", "0", "",
                "2024-03-02 07:50:19", "a9a601e403be491e2bdc39c9b35ab0ca");
        assertEquals("a9a601e403be491e2bdc39c9b35ab0ca", ClickSignature.of(prepare, "TESTSECRETKEY"));
        assertTrue(ClickSignature.matches(prepare, "TESTSECRETKEY"));
        var complete = new ClickRequest("1000001", "12345", "1", "1001", java.util.Optional.of("555"), "15000", "1", "0", "",
                "2024-03-02 07:50:19", "97b05f9417c5c769450d58abcefa4e79");
        assertEquals("97b05f9417c5c769450d58abcefa4e79", ClickSignature.of(complete, "TESTSECRETKEY"));
        assertTrue(!ClickSignature.matches(complete, "OTHERKEY"));
    }

    @Test
    void prepareThenCompletePaysTheOrderAndRepeatsAreAnsweredAsTheFirst() throws Exception {
        String sku = "CABLE-31";
        var order = world.order(PaymentMethod.CLICK, sku, 2);
        int[] before = world.catalog.stock(sku);
        String id = newClickId();
        var prepared = prepare(request(id, order, som(order), 0, null, 0, PaymentsWorld.CLICK_SECRET));
        assertError(0, prepared);
        assertEquals(Long.parseLong(id), prepared.get("click_trans_id").asLong());
        assertEquals(order.number(), prepared.get("merchant_trans_id").asText());
        long prepareId = prepared.get("merchant_prepare_id").asLong();
        assertEquals(prepared, prepare(request(id, order, som(order), 0, null, 0, PaymentsWorld.CLICK_SECRET)), "a repeated prepare");
        assertTrue(world.reload(order).payment().orElseThrow().isBy(PaymentMethod.CLICK, id));

        var completed = complete(request(id, order, som(order), 1, prepareId, 0, PaymentsWorld.CLICK_SECRET));
        assertError(0, completed);
        assertTrue(completed.get("merchant_confirm_id").asLong() > 0);
        var paid = world.reload(order);
        assertEquals(OrderStatus.PAID, paid.status());
        assertEquals("click", paid.history().getLast().actor());
        assertArrayEquals(new int[] {before[0] - 2, before[1] - 2}, world.catalog.stock(sku), "taken");

        assertError(-4, complete(request(id, order, som(order), 1, prepareId, 0, PaymentsWorld.CLICK_SECRET)));
        assertError(-4, complete(request(id, order, som(order), 1, prepareId, -5017, PaymentsWorld.CLICK_SECRET)));
        assertError(-4, prepare(request(newClickId(), order, som(order), 0, null, 0, PaymentsWorld.CLICK_SECRET)));
        assertEquals(OrderStatus.PAID, world.reload(order).status(), "never un-paid by Click's late error");
    }

    @Test
    void aFailedDebitCancelsTheOrderAndGivesTheStockBack() throws Exception {
        String sku = "CABLE-32";
        int[] before = world.catalog.stock(sku);
        var order = world.order(PaymentMethod.CLICK, sku, 1);
        String id = newClickId();
        long prepareId = prepare(request(id, order, som(order), 0, null, 0, PaymentsWorld.CLICK_SECRET)).get("merchant_prepare_id").asLong();
        var failed = complete(request(id, order, som(order), 1, prepareId, -5017, PaymentsWorld.CLICK_SECRET));
        assertError(-9, failed);
        assertEquals(OrderStatus.CANCELLED, world.reload(order).status());
        assertArrayEquals(before, world.catalog.stock(sku), "released");
        assertError(-9, complete(request(id, order, som(order), 1, prepareId, -5017, PaymentsWorld.CLICK_SECRET)));
        assertError(-9, complete(request(id, order, som(order), 1, prepareId, 0, PaymentsWorld.CLICK_SECRET)));
        assertError(-9, prepare(request(newClickId(), order, som(order), 0, null, 0, PaymentsWorld.CLICK_SECRET)));
        var today = world.clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        var recorded = world.callbacks.on(today).stream().filter(r -> id.equals(r.get("transaction"))).map(r -> r.get("method") + " " + r.get("result")).toList();
        assertEquals(java.util.List.of("prepare ok", "complete -9", "complete -9", "complete -9"), recorded, "each callback recorded with its answer");
    }

    @Test
    void theErrorMatrix() {
        var order = world.order(PaymentMethod.CLICK, "CABLE-33", 1);
        var good = request(newClickId(), order, som(order), 0, null, 0, PaymentsWorld.CLICK_SECRET);

        var missing = new LinkedHashMap<>(good);
        missing.remove("sign_time");
        assertError(-8, prepare(missing));
        var notANumber = new LinkedHashMap<>(good);
        notANumber.put("click_trans_id", "abc");
        assertError(-8, prepare(notANumber));
        assertError(-8, send(world.clickPrepare, "/api/payments/click/prepare", "%%%"));

        String forged = newClickId();
        assertError(-1, prepare(request(forged, order, som(order), 0, null, 0, "not-the-secret")));
        assertTrue(world.payments.click(forged).isEmpty(), "a forged prepare stores nothing");
        assertEquals(order, world.reload(order), "and holds nothing");
        var tampered = new LinkedHashMap<>(good);
        tampered.put("amount", "1.00");
        assertError(-1, prepare(tampered));

        assertError(-3, prepare(request(newClickId(), order, som(order), 7, null, 0, PaymentsWorld.CLICK_SECRET)));
        assertError(-3, complete(request(newClickId(), order, som(order), 0, 1L, 0, PaymentsWorld.CLICK_SECRET)));

        var otherService = new LinkedHashMap<>(good);
        otherService.put("service_id", "99999");
        otherService.put("sign_string", md5(good.get("click_trans_id") + "99999" + PaymentsWorld.CLICK_SECRET + order.number()
                + good.get("amount") + "0" + good.get("sign_time")));
        assertError(-8, prepare(otherService));

        var noOrder = world.order(PaymentMethod.CLICK, "CABLE-33", 1);
        var unknown = new Order(noOrder.number().substring(0, noOrder.number().length() - 1) + ((noOrder.number().charAt(noOrder.number().length() - 1) - '0' + 1) % 10),
                noOrder.customerId(), noOrder.language(), noOrder.status(), noOrder.paymentMethod(), noOrder.lines(), noOrder.address(),
                noOrder.delivery(), noOrder.subtotal(), noOrder.deliveryFee(), noOrder.total(), noOrder.vatIncluded(), noOrder.comment(),
                noOrder.createdAt(), noOrder.payBy(), noOrder.payment(), noOrder.history(), 1);
        assertError(-5, prepare(request(newClickId(), unknown, som(order), 0, null, 0, PaymentsWorld.CLICK_SECRET)));
        var cash = world.order(PaymentMethod.CASH, "CABLE-33", 1);
        assertError(-5, prepare(request(newClickId(), cash, som(cash), 0, null, 0, PaymentsWorld.CLICK_SECRET)));

        long tiyin = order.total().tiyin() + 100;
        assertError(-2, prepare(request(newClickId(), order, tiyin / 100 + ".00", 0, null, 0, PaymentsWorld.CLICK_SECRET)));
        assertError(-2, prepare(request(newClickId(), order, som(order) + "1", 0, null, 0, PaymentsWorld.CLICK_SECRET)));

        assertError(-6, complete(request(newClickId(), order, som(order), 1, 424242L, 0, PaymentsWorld.CLICK_SECRET)));
        String id = newClickId();
        long prepareId = prepare(request(id, order, som(order), 0, null, 0, PaymentsWorld.CLICK_SECRET)).get("merchant_prepare_id").asLong();
        assertError(-6, complete(request(id, order, som(order), 1, prepareId + 1, 0, PaymentsWorld.CLICK_SECRET)));
        assertEquals(OrderStatus.PENDING_PAYMENT, world.reload(order).status(), "no refusal changed the order");
    }

    @Test
    void soMAmountsAreReadExactly() {
        var probe = world.order(PaymentMethod.CLICK, "CABLE-34", 1);
        long som = probe.total().tiyin() / 100;
        assertEquals(0, probe.total().tiyin() % 100, "the fixture's totals are whole so'm");
        for (var amount : new String[] {Long.toString(som), som + ".0", som + ".00", som + ".000"}) {
            var order = world.order(PaymentMethod.CLICK, "CABLE-34", 1);
            assertError(0, prepare(request(newClickId(), order, amount, 0, null, 0, PaymentsWorld.CLICK_SECRET)));
        }
        for (var amount : new String[] {som + ".001", som + ".01", (som - 1) + ".99", "-" + som, som + "e0"}) {
            assertError(-2, prepare(request(newClickId(), probe, amount, 0, null, 0, PaymentsWorld.CLICK_SECRET)));
        }
    }

    @Test
    void aPaymentUnderWayThroughPaymeKeepsClickOut() {
        var order = world.order(PaymentMethod.CLICK, "CABLE-35", 1);
        world.payme("{\"method\":\"CreateTransaction\",\"params\":{\"id\":\"" + String.format("%024x", System.nanoTime())
                + "\",\"time\":" + world.clock.millis() + ",\"amount\":" + order.total().tiyin() + ",\"account\":{\"order_id\":\""
                + order.number() + "\"}},\"id\":1}");
        assertError(-4, prepare(request(newClickId(), order, som(order), 0, null, 0, PaymentsWorld.CLICK_SECRET)));
        assertEquals(PaymentMethod.PAYME, world.reload(order).payment().orElseThrow().provider());
    }
}
