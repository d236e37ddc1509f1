package uz.ultramarket.catalog.admin.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.catalog.admin.AdminWorld;
import uz.ultramarket.core.testing.Call;

/** Stock adjustments against PostgreSQL: one conditional UPDATE each, never below what orders hold, each in the history. */
class AdminStockHandlerTest {

    private static AdminWorld world;
    private static String token;
    private static int serial;

    @BeforeAll
    static void start() throws Exception {
        world = new AdminWorld("admin_stock");
        token = world.managerToken("manager-stock");
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    /** A new active product with one SKU; its code. */
    private static String sku() {
        int n = ++serial;
        var answer = Call.post(world.products, "/api/admin/products").bearer(token).json("""
                {"categoryId": %d, "status": "active", "name": {"uz": "Choynak %d"},
                 "variants": [{"code": "KETTLE-%d", "price": 25000000, "ikpu": "08516001001000000"}]}""".formatted(world.smartphones, n, n)).send();
        assertEquals(201, answer.status(), answer.body());
        return answer.json().at("/variants/0/code").asText();
    }

    private static Call.Answer adjust(String sku, String body) {
        return Call.to(world.stock, "POST", "/api/admin/stock/{sku}/adjustments", "sku", sku).bearer(token).json(body).send();
    }

    private static JsonNode view(String sku) {
        var answer = Call.to(world.stock, "GET", "/api/admin/stock/{sku}", "sku", sku).bearer(token).send();
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static boolean inStock(String sku) throws Exception {
        try (var c = world.database.getConnection(); var s = c.prepareStatement(
                "SELECT p.in_stock FROM product p JOIN sku k ON k.product_id = p.id WHERE k.code = ?")) {
            s.setString(1, sku);
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    @Test
    void anAdjustmentChangesOnHandKeepsItsHistoryAndTheOffer() throws Exception {
        String sku = sku();
        assertTrue(!inStock(sku));

        var received = adjust(sku, "{\"change\": 10, \"reason\": \"received\", \"note\": \"Delivery 42\"}");
        assertEquals(201, received.status(), received.body());
        assertEquals(10, received.json().path("onHand").asLong());
        assertEquals(10, received.json().path("sellable").asLong());
        assertTrue(inStock(sku), "the product's offer follows its stock");

        world.sql("UPDATE sku SET stock_reserved = 4 WHERE code = '" + sku + "'");
        var damaged = adjust(sku, "{\"change\": -3, \"reason\": \"damaged\"}");
        assertEquals(201, damaged.status(), damaged.body());
        assertEquals(3, damaged.json().path("sellable").asLong());

        var tooMany = adjust(sku, "{\"change\": -4, \"reason\": \"correction\"}");
        assertEquals(409, tooMany.status(), tooMany.body());
        assertEquals("change", tooMany.errorField(0));

        var stock = view(sku);
        assertEquals(7, stock.path("onHand").asLong());
        assertEquals(4, stock.path("reserved").asLong());
        var history = stock.path("history");
        assertEquals(2, history.size(), "the refused one left no trace");
        assertEquals(-3, history.get(0).path("change").asInt(), "newest first");
        assertEquals("damaged", history.get(0).path("reason").asText());
        assertEquals(7, history.get(0).path("onHandAfter").asLong());
        assertEquals("manager-stock", history.get(0).path("actor").asText());
        assertEquals("Delivery 42", history.get(1).path("note").asText());
        assertEquals(10, history.get(1).path("onHandAfter").asLong());

        var audit = world.auditBy("manager-stock").stream().filter(e -> e.action().equals("stock.adjust")).toList();
        assertEquals("sku:" + sku, audit.get(0).target());
        assertEquals(10, audit.get(0).before().orElseThrow().path("onHand").asLong());
        assertEquals(7, audit.get(0).after().orElseThrow().path("onHand").asLong());
    }

    @Test
    void badAdjustmentsAreNamed() {
        String sku = sku();
        assertEquals("change", adjust(sku, "{\"change\": 0, \"reason\": \"received\"}").errorField(0));
        assertEquals("reason", adjust(sku, "{\"change\": 1, \"reason\": \"found\"}").errorField(0));
        assertEquals(400, adjust(sku, "{\"change\": 1.5, \"reason\": \"received\"}").status());
        assertEquals(404, adjust("NO-SUCH-SKU", "{\"change\": 1, \"reason\": \"received\"}").status());
    }

    @Test
    void racingAdjustmentsLoseNothingAndNeverGoBelowWhatIsHeld() throws Exception {
        String sku = sku();
        assertEquals(201, adjust(sku, "{\"change\": 10, \"reason\": \"received\"}").status());
        world.sql("UPDATE sku SET stock_reserved = 4 WHERE code = '" + sku + "'");
        int threads = 6;
        int each = 4;
        var barrier = new CyclicBarrier(threads);
        var statuses = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var futures = new ArrayList<Future<List<Integer>>>();
            for (int t = 0; t < threads; t++) {
                boolean adds = t % 3 == 0;
                futures.add(pool.submit(() -> {
                    barrier.await();
                    var mine = new ArrayList<Integer>();
                    for (int i = 0; i < each; i++) {
                        mine.add(adjust(sku, adds ? "{\"change\": 1, \"reason\": \"returned\"}" : "{\"change\": -1, \"reason\": \"damaged\"}").status()
                                * (adds ? 1 : -1));
                    }
                    return mine;
                }));
            }
            for (var future : futures) statuses.addAll(future.get());
        }
        long added = statuses.stream().filter(s -> s == 201).count();
        long taken = statuses.stream().filter(s -> s == -201).count();
        long refused = statuses.stream().filter(s -> s == -409).count();
        assertEquals(2L * each, added, "every addition counted: " + statuses);
        assertEquals(4L * each, taken + refused, "every removal answered 201 or 409: " + statuses);
        var stock = view(sku);
        assertEquals(10 + added - taken, stock.path("onHand").asLong(), "none lost");
        assertTrue(stock.path("onHand").asLong() >= 4, "never below what is held");
        try (var c = world.database.getConnection(); var s = c.prepareStatement(
                "SELECT count(*), min(on_hand_after), count(DISTINCT on_hand_after) FROM stock_adjustment a JOIN sku k ON k.id = a.sku_id WHERE k.code = ?")) {
            s.setString(1, sku);
            try (var rows = s.executeQuery()) {
                rows.next();
                assertEquals(1 + added + taken, rows.getLong(1), "one history row per accepted adjustment");
                assertTrue(rows.getLong(2) >= 4);
            }
        }
    }

    @Test
    void onlyStaffMayAdjust() {
        String sku = sku();
        assertEquals(401, Call.to(world.stock, "GET", "/api/admin/stock/{sku}", "sku", sku).send().status());
        var customer = Call.to(world.stock, "POST", "/api/admin/stock/{sku}/adjustments", "sku", sku)
                .bearer(world.customerToken("shopper-2")).json("{\"change\": 100, \"reason\": \"received\"}").send();
        assertEquals(403, customer.status());
        assertEquals(0, view(sku).path("onHand").asLong());
    }
}
