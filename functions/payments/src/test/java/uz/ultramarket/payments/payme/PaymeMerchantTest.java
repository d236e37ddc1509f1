package uz.ultramarket.payments.payme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.payments.PaymentsWorld;

/** Every Merchant API method and error code of specs/payme-merchant-api.md, on the raw wire: JSON-RPC in, HTTP 200 out. */
class PaymeMerchantTest {

    private static final AtomicInteger IDS = new AtomicInteger(1000);
    private static final AtomicInteger SKU = new AtomicInteger(0);
    private final PaymentsWorld world = PaymentsWorld.get();

    static String rpc(String method, String params) {
        return "{\"method\":\"" + method + "\",\"params\":" + params + ",\"id\":" + IDS.incrementAndGet() + "}";
    }

    static String account(Order order) {
        return "\"account\":{\"order_id\":\"" + order.number() + "\"}";
    }

    static String paymeId() {
        return String.format("%024x", System.nanoTime() ^ ((long) IDS.incrementAndGet() << 40));
    }

    /** A SKU of the fixture no other payments test class touches, so stock figures are this class's own. */
    private static String sku() {
        return "CABLE-" + String.format("%02d", 1 + SKU.getAndIncrement() % 20);
    }

    private JsonNode call(String method, String params) {
        return world.paymeJson(rpc(method, params));
    }

    private static JsonNode result(JsonNode reply) {
        assertFalse(reply.has("error"), () -> "an error: " + reply);
        return reply.get("result");
    }

    private static void assertError(int code, JsonNode reply) {
        assertTrue(reply.has("error"), () -> "no error: " + reply);
        assertFalse(reply.has("result"), "result and error never both");
        assertEquals(code, reply.at("/error/code").asInt(), () -> reply.toString());
        for (var language : new String[] {"ru", "uz", "en"}) {
            assertFalse(reply.at("/error/message/" + language).asText().isBlank(), "message in " + language);
        }
    }

    private String create(Order order, String id) {
        return world.payme(rpc("CreateTransaction", "{\"id\":\"" + id + "\",\"time\":" + world.clock.millis() + ",\"amount\":"
                + order.total().tiyin() + "," + account(order) + "}"));
    }

    @Test
    void basicAuthIsCheckedBeforeAnythingElseAndAWrongOneChangesNothing() {
        var order = world.order(PaymentMethod.PAYME, sku(), 1);
        String id = paymeId();
        String create = rpc("CreateTransaction", "{\"id\":\"" + id + "\",\"time\":" + world.clock.millis() + ",\"amount\":"
                + order.total().tiyin() + "," + account(order) + "}");
        var wrongKey = "Basic " + Base64.getEncoder().encodeToString("Paycom:not-the-key".getBytes(StandardCharsets.UTF_8));
        var wrongLogin = "Basic " + Base64.getEncoder().encodeToString(("Payme:" + world.kassa.settings().key()).getBytes(StandardCharsets.UTF_8));
        for (var authorization : new String[] {null, wrongKey, wrongLogin, "Bearer x", "Basic !!!"}) {
            var reply = Json.read(world.payme(create, authorization), JsonNode.class);
            assertError(-32504, reply);
        }
        // even an unknown method is -32504 without the key: the method is not looked at before the caller is known
        assertError(-32504, Json.read(world.payme(rpc("Nope", "{}"), wrongKey), JsonNode.class));
        assertTrue(world.payments.payme(id).isEmpty(), "no transaction");
        assertEquals(order, world.reload(order), "the order is unchanged");
    }

    @Test
    void rpcLevelErrors() {
        var notPost = uz.ultramarket.core.testing.Call.get(world.payme, "/api/payments/payme").send();
        assertEquals(200, notPost.status(), "Payme reads every HTTP status but 200 as -32400");
        assertError(-32300, notPost.json());
        var broken = Json.read(world.payme("{\"method\":"), JsonNode.class);
        assertError(-32700, broken);
        assertTrue(broken.get("id").isNull());
        assertError(-32600, Json.read(world.payme("{\"params\":{},\"id\":5}"), JsonNode.class));
        assertError(-32600, Json.read(world.payme("{\"method\":\"CheckTransaction\",\"id\":5}"), JsonNode.class));
        assertError(-32600, Json.read(world.payme("{\"method\":\"CheckTransaction\",\"params\":{}}"), JsonNode.class));
        assertError(-32600, Json.read(world.payme("[1,2]"), JsonNode.class));
        var unknown = Json.read(world.payme("{\"method\":\"GetBalance\",\"params\":{},\"id\":77}"), JsonNode.class);
        assertError(-32601, unknown);
        assertEquals("GetBalance", unknown.at("/error/data").asText(), "data names the method");
        assertEquals(77, unknown.get("id").asInt(), "the reply carries the request's id");
        assertError(-32600, call("CheckTransaction", "{\"id\":42}"));
    }

    @Test
    void checkPerformTransactionAllowsAnAwaitedOrderWithItsFiscalDetail() {
        var order = world.order(PaymentMethod.PAYME, sku(), 2);
        var result = result(call("CheckPerformTransaction", "{\"amount\":" + order.total().tiyin() + "," + account(order) + "}"));
        assertTrue(result.get("allow").asBoolean());
        var detail = result.get("detail");
        assertEquals(0, detail.get("receipt_type").asInt());
        assertEquals(order.deliveryFee().tiyin(), detail.at("/shipping/price").asLong());
        assertFalse(detail.at("/shipping/title").asText().isBlank());
        var item = detail.at("/items/0");
        var line = order.lines().getFirst();
        assertEquals(line.unitPrice().tiyin(), item.get("price").asLong(), "per unit, in tiyin");
        assertEquals(2, item.get("count").asInt());
        assertEquals("08544420000000000", item.get("code").asText());
        assertEquals(12, item.get("vat_percent").asInt());
        assertEquals("1501960", item.get("package_code").asText());
        assertTrue(item.get("title").asText().startsWith(line.name()));
    }

    @Test
    void checkPerformTransactionRefusals() {
        var order = world.order(PaymentMethod.PAYME, sku(), 1);
        var unknown = call("CheckPerformTransaction", "{\"amount\":100,\"account\":{\"order_id\":\"1000001\"}}");
        assertError(-31050, unknown);
        assertEquals("order_id", unknown.at("/error/data").asText());
        assertError(-31050, call("CheckPerformTransaction", "{\"amount\":100,\"account\":{}}"));
        assertError(-31001, call("CheckPerformTransaction", "{\"amount\":" + (order.total().tiyin() - 1) + "," + account(order) + "}"));
        assertError(-31001, call("CheckPerformTransaction", "{\"amount\":-5," + account(order) + "}"));
        var cash = world.order(PaymentMethod.CASH, sku(), 1);
        assertError(-31052, call("CheckPerformTransaction", "{\"amount\":" + cash.total().tiyin() + "," + account(cash) + "}"));
        var cancelled = world.transitions.move(world.order(PaymentMethod.PAYME, sku(), 1), OrderStatus.CANCELLED, "customer");
        var closed = call("CheckPerformTransaction", "{\"amount\":" + cancelled.total().tiyin() + "," + account(cancelled) + "}");
        assertError(-31051, closed);
        assertEquals("order_id", closed.at("/error/data").asText());
        var paid = world.transitions.move(world.order(PaymentMethod.PAYME, sku(), 1), OrderStatus.PAID, "click");
        assertError(-31008, call("CheckPerformTransaction", "{\"amount\":" + paid.total().tiyin() + "," + account(paid) + "}"));
    }

    @Test
    void theSandboxsPaymentScenarioCreateTwicePerformTwiceEachAnsweredByteForByte() throws Exception {
        String sku = sku();
        var order = world.order(PaymentMethod.PAYME, sku, 3);
        int[] before = world.catalog.stock(sku);
        String id = paymeId();
        result(call("CheckPerformTransaction", "{\"amount\":" + order.total().tiyin() + "," + account(order) + "}"));
        String params = "{\"id\":\"" + id + "\",\"time\":" + world.clock.millis() + ",\"amount\":" + order.total().tiyin() + "," + account(order) + "}";
        String first = world.payme("{\"method\":\"CreateTransaction\",\"params\":" + params + ",\"id\":1}");
        world.clock.advance(Duration.ofSeconds(3));
        String again = world.payme("{\"method\":\"CreateTransaction\",\"params\":" + params + ",\"id\":1}");
        assertEquals(first, again, "a repeated CreateTransaction gets the first reply, byte for byte");
        var created = result(Json.read(first, JsonNode.class));
        assertEquals(1, created.get("state").asInt());
        assertTrue(created.has("receivers") && created.get("receivers").isNull());
        assertTrue(created.get("create_time").asLong() > 0);
        assertTrue(created.get("transaction").isTextual());
        var held = world.reload(order);
        assertEquals(OrderStatus.PENDING_PAYMENT, held.status());
        assertTrue(held.payment().orElseThrow().isBy(PaymentMethod.PAYME, id), "the order is held for this transaction");

        String performFirst = world.payme(rpc("PerformTransaction", "{\"id\":\"" + id + "\"}").replaceAll("\"id\":\\d+}$", "\"id\":2}"));
        world.clock.advance(Duration.ofSeconds(3));
        String performAgain = world.payme(rpc("PerformTransaction", "{\"id\":\"" + id + "\"}").replaceAll("\"id\":\\d+}$", "\"id\":2}"));
        assertEquals(performFirst, performAgain, "a repeated PerformTransaction gets the first reply, byte for byte");
        var performed = result(Json.read(performFirst, JsonNode.class));
        assertEquals(2, performed.get("state").asInt());
        assertEquals(created.get("transaction"), performed.get("transaction"));

        var paid = world.reload(order);
        assertEquals(OrderStatus.PAID, paid.status());
        assertEquals("payme", paid.history().getLast().actor());
        assertArrayEquals(new int[] {before[0] - 3, before[1] - 3}, world.catalog.stock(sku), "the held units are taken");

        var check = result(call("CheckTransaction", "{\"id\":\"" + id + "\"}"));
        assertEquals(created.get("create_time"), check.get("create_time"));
        assertEquals(performed.get("perform_time"), check.get("perform_time"));
        assertEquals(0, check.get("cancel_time").asLong());
        assertEquals(2, check.get("state").asInt());
        assertTrue(check.get("reason").isNull());
        assertError(-31008, Json.read(create(order, paymeId()), JsonNode.class));
    }

    @Test
    void theSandboxsCancelScenarioCancelsTheOrderAndGivesTheStockBack() throws Exception {
        String sku = sku();
        int[] before = world.catalog.stock(sku);
        var order = world.order(PaymentMethod.PAYME, sku, 2);
        String id = paymeId();
        result(Json.read(create(order, id), JsonNode.class));
        String cancel = rpc("CancelTransaction", "{\"id\":\"" + id + "\",\"reason\":3}").replaceAll("\"id\":\\d+}$", "\"id\":9}");
        String first = world.payme(cancel);
        world.clock.advance(Duration.ofSeconds(2));
        assertEquals(first, world.payme(cancel), "a repeated CancelTransaction gets the first reply, byte for byte");
        var cancelled = result(Json.read(first, JsonNode.class));
        assertEquals(-1, cancelled.get("state").asInt());
        assertTrue(cancelled.get("cancel_time").asLong() > 0);
        assertEquals(OrderStatus.CANCELLED, world.reload(order).status());
        assertArrayEquals(before, world.catalog.stock(sku), "released");
        var check = result(call("CheckTransaction", "{\"id\":\"" + id + "\"}"));
        assertEquals(3, check.get("reason").asInt());
        assertEquals(0, check.get("perform_time").asLong());
        assertError(-31008, call("PerformTransaction", "{\"id\":\"" + id + "\"}"));
        assertError(-31051, Json.read(create(order, paymeId()), JsonNode.class));
    }

    @Test
    void paymesTimeoutCancelExpiresTheOrder() throws Exception {
        String sku = sku();
        int[] before = world.catalog.stock(sku);
        var order = world.order(PaymentMethod.PAYME, sku, 1);
        String id = paymeId();
        create(order, id);
        var cancelled = result(call("CancelTransaction", "{\"id\":\"" + id + "\",\"reason\":4}"));
        assertEquals(-1, cancelled.get("state").asInt());
        assertEquals(OrderStatus.EXPIRED, world.reload(order).status());
        assertArrayEquals(before, world.catalog.stock(sku), "released");
    }

    @Test
    void cancelAfterPerformRefundsUntilTheGoodsLeave() throws Exception {
        String sku = sku();
        int[] before = world.catalog.stock(sku);
        var order = world.order(PaymentMethod.PAYME, sku, 1);
        String id = paymeId();
        create(order, id);
        result(call("PerformTransaction", "{\"id\":\"" + id + "\"}"));
        var refunded = result(call("CancelTransaction", "{\"id\":\"" + id + "\",\"reason\":5}"));
        assertEquals(-2, refunded.get("state").asInt());
        assertEquals(OrderStatus.REFUNDED, world.reload(order).status());
        assertArrayEquals(before, world.catalog.stock(sku), "put back on hand");
        assertEquals(refunded, result(call("CancelTransaction", "{\"id\":\"" + id + "\",\"reason\":5}")));

        var shipped = world.order(PaymentMethod.PAYME, sku, 1);
        String shippedId = paymeId();
        create(shipped, shippedId);
        result(call("PerformTransaction", "{\"id\":\"" + shippedId + "\"}"));
        var moved = world.transitions.move(world.transitions.move(world.reload(shipped), OrderStatus.PROCESSING, "admin"), OrderStatus.SHIPPED, "admin");
        assertError(-31007, call("CancelTransaction", "{\"id\":\"" + shippedId + "\",\"reason\":5}"));
        assertEquals(moved, world.reload(shipped), "the shipped order is unchanged");
        assertEquals(2, result(call("CheckTransaction", "{\"id\":\"" + shippedId + "\"}")).get("state").asInt());
    }

    @Test
    void oneTransactionPerOrder() {
        var order = world.order(PaymentMethod.PAYME, sku(), 1);
        String id = paymeId();
        result(Json.read(create(order, id), JsonNode.class));
        assertError(-31008, Json.read(create(order, paymeId()), JsonNode.class));
        assertError(-31008, call("CheckPerformTransaction", "{\"amount\":" + order.total().tiyin() + "," + account(order) + "}"));
        assertError(-31001, call("CreateTransaction", "{\"id\":\"" + paymeId() + "\",\"time\":" + world.clock.millis()
                + ",\"amount\":1," + account(order) + "}"));
        assertError(-31050, call("CreateTransaction", "{\"id\":\"" + paymeId() + "\",\"time\":" + world.clock.millis()
                + ",\"amount\":1,\"account\":{\"order_id\":\"42\"}}"));
    }

    @Test
    void unknownTransactionsAreMinus31003() {
        for (var method : new String[] {"PerformTransaction", "CheckTransaction"}) {
            var reply = call(method, "{\"id\":\"" + paymeId() + "\"}");
            assertError(-31003, reply);
        }
        assertError(-31003, call("CancelTransaction", "{\"id\":\"" + paymeId() + "\",\"reason\":1}"));
    }

    @Test
    void aTransactionPastTwelveHoursIsCancelledWithReasonFourAndItsOrderExpires() throws Exception {
        String sku = sku();
        int[] before = world.catalog.stock(sku);
        var order = world.order(PaymentMethod.PAYME, sku, 1);
        String id = paymeId();
        String firstCreate = create(order, id);
        var held = world.reload(order);
        assertEquals(order.payBy().orElseThrow().plus(Duration.ofHours(12)).minus(Duration.ofMinutes(30)), held.paymentDue().orElseThrow(),
                "the order waits for Payme's timeout, not its own 30 minutes");
        var start = world.clock.instant();
        try {
            world.clock.advance(Duration.ofHours(12).plusSeconds(1));
            assertError(-31008, call("PerformTransaction", "{\"id\":\"" + id + "\"}"));
            var check = result(call("CheckTransaction", "{\"id\":\"" + id + "\"}"));
            assertEquals(-1, check.get("state").asInt());
            assertEquals(4, check.get("reason").asInt());
            assertEquals(OrderStatus.EXPIRED, world.reload(order).status());
            assertArrayEquals(before, world.catalog.stock(sku), "released");
            assertFalse(firstCreate.equals(create(order, id)), "a repeated create of a timed-out transaction is refused");
            assertError(-31008, Json.read(create(order, id), JsonNode.class));
        } finally {
            world.clock.set(start);
        }
    }

    @Test
    void getStatementListsPaymesTransactionsByPaymesTimeInclusive() {
        long t0 = world.clock.millis() - 3 * 3_600_000 - System.nanoTime() % 1_000_000; // apart from other tests' transactions
        var a = world.order(PaymentMethod.PAYME, sku(), 1);
        var b = world.order(PaymentMethod.PAYME, sku(), 1);
        String idA = paymeId();
        String idB = paymeId();
        world.payme(rpc("CreateTransaction", "{\"id\":\"" + idA + "\",\"time\":" + t0 + ",\"amount\":" + a.total().tiyin() + "," + account(a) + "}"));
        world.payme(rpc("CreateTransaction", "{\"id\":\"" + idB + "\",\"time\":" + (t0 + 1000) + ",\"amount\":" + b.total().tiyin() + "," + account(b) + "}"));
        result(call("PerformTransaction", "{\"id\":\"" + idB + "\"}"));
        var list = result(call("GetStatement", "{\"from\":" + t0 + ",\"to\":" + (t0 + 1000) + "}")).get("transactions");
        assertEquals(2, list.size(), list::toString);
        assertEquals(idA, list.get(0).get("id").asText(), "ascending by Payme's time");
        var second = list.get(1);
        assertEquals(idB, second.get("id").asText());
        assertEquals(t0 + 1000, second.get("time").asLong());
        assertEquals(b.total().tiyin(), second.get("amount").asLong());
        assertEquals(b.number(), second.at("/account/order_id").asText());
        assertEquals(2, second.get("state").asInt());
        assertTrue(second.get("perform_time").asLong() > 0);
        assertTrue(second.get("reason").isNull() && second.get("receivers").isNull());
        assertEquals(1, result(call("GetStatement", "{\"from\":" + (t0 + 1) + ",\"to\":" + (t0 + 5000) + "}")).get("transactions").size());
        assertEquals(0, result(call("GetStatement", "{\"from\":1,\"to\":2}")).get("transactions").size());
        assertError(-32600, call("GetStatement", "{\"from\":10,\"to\":1}"));
    }

    @Test
    void setFiscalDataKeepsPerformAndCancelApart() {
        var order = world.order(PaymentMethod.PAYME, sku(), 1);
        String id = paymeId();
        create(order, id);
        String fiscal = "{\"receipt_id\":7,\"status_code\":0,\"message\":\"accepted\",\"terminal_id\":\"EP000000000025\","
                + "\"fiscal_sign\":\"123456789012\",\"qr_code_url\":\"https://ofd.soliq.uz/check?t=1\",\"date\":\"20261203154000\"}";
        assertTrue(result(call("SetFiscalData", "{\"id\":\"" + id + "\",\"type\":\"PERFORM\",\"fiscal_data\":" + fiscal + "}")).get("success").asBoolean());
        result(call("SetFiscalData", "{\"id\":\"" + id + "\",\"type\":\"CANCEL\",\"fiscal_data\":{\"receipt_id\":8}}"));
        var stored = world.payments.payme(id).orElseThrow();
        assertEquals("EP000000000025", stored.fiscalPerform().orElseThrow().get("terminal_id").asText());
        assertEquals(8, stored.fiscalCancel().orElseThrow().get("receipt_id").asInt());
        assertEquals(1, stored.state(), "fiscal data changes no state");
        assertError(-32001, call("SetFiscalData", "{\"id\":\"" + paymeId() + "\",\"type\":\"PERFORM\",\"fiscal_data\":{}}"));
        assertError(-32602, call("SetFiscalData", "{\"id\":\"" + id + "\",\"type\":\"REFUND\",\"fiscal_data\":{}}"));
        assertError(-32602, call("SetFiscalData", "{\"id\":\"" + id + "\",\"type\":\"PERFORM\"}"));
    }

    @Test
    void changePasswordRotatesTheKeyInTheSecret() {
        String old = world.kassa.settings().key();
        String oldAuth = "Basic " + Base64.getEncoder().encodeToString(("Paycom:" + old).getBytes(StandardCharsets.UTF_8));
        assertError(-32504, call("ChangePassword", "{\"password\":\"" + old + "\"}"));
        assertError(-32600, call("ChangePassword", "{\"password\":\"\"}"));
        String fresh = "rotated-" + System.nanoTime() + "-key-0000000000000";
        try {
            assertTrue(result(call("ChangePassword", "{\"password\":\"" + fresh + "\"}")).get("success").asBoolean());
            assertError(-32504, Json.read(world.payme(rpc("CheckTransaction", "{\"id\":\"x\"}"), oldAuth), JsonNode.class));
            assertError(-31003, call("CheckTransaction", "{\"id\":\"x\"}")); // the new key is let in
            var secret = Json.read(world.aws.secretsManager().getSecretValue(r -> r.secretId(world.paymeSecretArn)).secretString(), JsonNode.class);
            assertEquals(fresh, secret.get("key").asText(), "stored where every container reads it");
            assertEquals(PaymentsWorld.MERCHANT_ID, secret.get("merchantId").asText(), "the rest of the secret is kept");
        } finally {
            world.kassa.rotate(old);
        }
    }

    @Test
    void everyCallIsRecordedWithoutSecrets() {
        var order = world.order(PaymentMethod.PAYME, sku(), 1);
        String id = paymeId();
        create(order, id);
        world.payme(rpc("CheckTransaction", "{\"id\":\"" + id + "\"}"), "Basic d3Jvbmc=");
        var today = world.clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        var records = world.callbacks.on(today).stream().filter(r -> id.equals(r.get("transaction"))).toList();
        assertEquals(2, records.size(), records::toString);
        assertEquals("CreateTransaction", records.get(0).get("method"));
        assertEquals("ok", records.get(0).get("result"));
        assertEquals(order.number(), records.get(0).get("orderNumber"));
        assertEquals("-32504", records.get(1).get("result"));
        assertFalse(records.toString().contains(world.kassa.settings().key()), "never the key");
    }
}
