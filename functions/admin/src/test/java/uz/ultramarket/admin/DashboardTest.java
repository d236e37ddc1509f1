package uz.ultramarket.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.accounts.addresses.Region;
import uz.ultramarket.cart.Cart;
import uz.ultramarket.cart.CartKey;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.core.testing.TestContext;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.orders.delivery.DeliveryMethod;

/**
 * The dashboard's figures from a known set of orders, counted the way the order events count them — with replays, and
 * an order refunded after it was counted — checked figure by figure against sums worked out by hand.
 */
class DashboardTest {

    private static AdminWorld world;
    private static final List<String> numbers = new ArrayList<>();

    // 10 January 2030 in Tashkent begins at 9 January 19:00 UTC; 12 January begins at 11 January 19:00 UTC
    private static final Instant JAN_10_EARLY = Instant.parse("2030-01-09T20:30:00Z");
    private static final Instant JAN_10 = Instant.parse("2030-01-10T09:00:00Z");
    private static final Instant JAN_11 = Instant.parse("2030-01-11T06:00:00Z");
    private static final Instant JAN_11_LATE = Instant.parse("2030-01-11T18:50:00Z");
    private static final Instant JAN_12_EARLY = Instant.parse("2030-01-11T19:10:00Z");

    @BeforeAll
    static void orders() throws Exception {
        world = new AdminWorld();
        place("1000001", JAN_10_EARLY, OrderStatus.PAID, PaymentMethod.PAYME, Region.TASHKENT_CITY, 2_000_000, line("SKU-X", 2, 10_000_000));
        place("1000002", JAN_10, OrderStatus.CONFIRMED, PaymentMethod.CASH, Region.SAMARKAND, 0, line("SKU-Y", 1, 50_000_000));
        place("1000003", JAN_10, OrderStatus.CANCELLED, PaymentMethod.CLICK, Region.TASHKENT_CITY, 2_000_000, line("SKU-X", 1, 10_000_000));
        place("1000004", JAN_11, OrderStatus.DELIVERED, PaymentMethod.CASH, Region.SAMARKAND, 0,
                line("SKU-X", 3, 10_000_000), line("SKU-Z", 1, 5_000_000));
        place("1000005", JAN_11, OrderStatus.PENDING_PAYMENT, PaymentMethod.CLICK, Region.BUKHARA, 2_000_000, line("SKU-Z", 1, 5_000_000));
        place("1000006", JAN_11_LATE, OrderStatus.PAID, PaymentMethod.PAYME, Region.TASHKENT_CITY, 0, line("SKU-Y", 1, 50_000_000));
        place("1000007", JAN_12_EARLY, OrderStatus.PAID, PaymentMethod.PAYME, Region.TASHKENT_CITY, 0, line("SKU-Y", 9, 50_000_000));
        for (var number : numbers) assertTrue(world.tallies.recount(number));
        // the events arrive again (a replay), and through the queue handler
        for (var number : numbers) world.tallies.recount(number);
        var event = new SQSEvent();
        var message = new SQSEvent.SQSMessage();
        message.setMessageId("m-1");
        message.setBody("{\"eventId\":\"1000001-1\",\"type\":\"OrderPaid\",\"orderNumber\":\"1000001\"}");
        event.setRecords(List.of(message));
        assertTrue(world.tally.handleRequest(event, new TestContext()).getBatchItemFailures().isEmpty());
        // 1000006 is refunded after it was counted: its revenue and units leave the figures
        var paid = world.orders.find("1000006").orElseThrow();
        assertTrue(world.orders.replace(paid.movedTo(OrderStatus.REFUNDED, JAN_11_LATE.plusSeconds(600), "payme")));
        assertTrue(world.tallies.recount("1000006"));
        // carts started: 4 on the 10th (one of them at 00:30 Tashkent, still the 9th in UTC), 6 on the 11th, 2 on the 12th
        startCarts(Instant.parse("2030-01-09T19:30:00Z"), 1);
        startCarts(JAN_10, 3);
        startCarts(JAN_11, 6);
        startCarts(JAN_12_EARLY, 2);
    }

    @AfterAll
    static void close() throws Exception {
        world.close();
    }

    private static Order.Line line(String sku, int quantity, long unitPrice) {
        return new Order.Line(sku, "Mahsulot " + sku, "", Optional.empty(), Money.ofTiyin(unitPrice), quantity,
                Money.ofTiyin(unitPrice * quantity), "08517001001000000", 12, Optional.empty());
    }

    private static void place(String number, Instant at, OrderStatus status, PaymentMethod method, Region region, long fee, Order.Line... lines) {
        long subtotal = 0;
        for (var line : lines) subtotal += line.lineTotal().tiyin();
        var order = new Order(number, "customer-" + number, "uz", status, method, List.of(lines),
                new Order.ShippingAddress(region, "Tuman", "Ko'cha 1", Optional.empty(), Optional.empty(), "+998901234567"),
                new Order.Delivery(DeliveryMethod.COURIER, Money.ofTiyin(fee), LocalDate.of(2030, 1, 13), LocalDate.of(2030, 1, 14), Optional.empty()),
                Money.ofTiyin(subtotal), Money.ofTiyin(fee), Money.ofTiyin(subtotal + fee), Money.ZERO, Optional.empty(), at,
                Optional.empty(), Optional.empty(), List.of(new Order.StatusChange(status, at, "customer")), 1);
        assertTrue(world.orders.create(order));
        numbers.add(number);
    }

    private static void startCarts(Instant at, int count) {
        for (int i = 0; i < count; i++) {
            var key = CartKey.Guest.issue();
            var cart = new Cart(key, key.cartId(), List.of(), 0);
            assertTrue(world.carts.save(cart, at));
        }
    }

    private static JsonNode dashboard(String from, String to) {
        var answer = Call.get(world.dashboard, "/api/admin/analytics").bearer(world.token("boss", "manager"))
                .query("from", from).query("to", to).send();
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    @Test
    void everyFigureOfTheTenthAndEleventh() {
        var figures = dashboard("2030-01-10", "2030-01-11");
        assertEquals(6, figures.path("orders").asLong(), "every order placed on the two days, whatever became of it");
        assertEquals(3, figures.path("soldOrders").asLong(), "paid, confirmed, delivered; not the refunded one");
        // 200,000 + 20,000 delivery; 500,000; 350,000 (so'm × 100)
        assertEquals(107_000_000, figures.path("revenue").asLong());
        assertEquals(107_000_000 / 3, figures.path("averageOrderValue").asLong());
        assertEquals(10, figures.path("cartsStarted").asLong());
        assertEquals(0.6, figures.path("conversion").asDouble(), 1e-9);
        assertEquals(Map.of("PAID", 1L, "CONFIRMED", 1L, "CANCELLED", 1L, "DELIVERED", 1L, "PENDING_PAYMENT", 1L, "REFUNDED", 1L),
                longs(figures.path("ordersByStatus")));
        assertEquals(Map.of("UZ-TK", 22_000_000L, "UZ-SA", 85_000_000L), longs(figures.path("revenueByRegion")));
        assertEquals(Map.of("payme", 22_000_000L, "cash", 85_000_000L), longs(figures.path("revenueByPaymentMethod")));
        var days = figures.path("revenueByDay");
        assertEquals(2, days.size());
        assertEquals("2030-01-10", days.get(0).path("day").asText());
        assertEquals(72_000_000, days.get(0).path("revenue").asLong());
        assertEquals(3, days.get(0).path("orders").asLong());
        assertEquals(35_000_000, days.get(1).path("revenue").asLong());
        assertEquals(3, days.get(1).path("orders").asLong());
        assertEquals(List.of("SKU-X:50000000:5", "SKU-Y:50000000:1", "SKU-Z:5000000:1"), products(figures.path("topProductsByRevenue")));
        assertEquals(List.of("SKU-X:50000000:5", "SKU-Y:50000000:1", "SKU-Z:5000000:1"), products(figures.path("topProductsByUnits")));
        assertEquals("Mahsulot SKU-X", figures.path("topProductsByRevenue").get(0).path("name").asText());
    }

    @Test
    void theTwelfthIsItsOwnDayAndEmptyDaysAreZero() {
        var figures = dashboard("2030-01-12", "2030-01-14");
        assertEquals(1, figures.path("orders").asLong());
        assertEquals(450_000_000, figures.path("revenue").asLong());
        assertEquals(List.of("SKU-Y:450000000:9"), products(figures.path("topProductsByUnits")));
        assertEquals(3, figures.path("revenueByDay").size());
        assertEquals(0, figures.path("revenueByDay").get(2).path("revenue").asLong());
        assertEquals(0.5, figures.path("conversion").asDouble(), 1e-9);
        var none = dashboard("2029-12-01", "2029-12-31");
        assertEquals(0, none.path("revenue").asLong());
        assertEquals(0, none.path("averageOrderValue").asLong());
        assertEquals(0.0, none.path("conversion").asDouble());
    }

    @Test
    void onlyStaffAndSaneRanges() {
        assertEquals(401, Call.get(world.dashboard, "/api/admin/analytics").send().status());
        assertEquals(403, Call.get(world.dashboard, "/api/admin/analytics").bearer(world.token("c", "customer")).send().status());
        assertEquals(200, Call.get(world.dashboard, "/api/admin/analytics").bearer(world.token("a", "admin")).send().status());
        var backwards = Call.get(world.dashboard, "/api/admin/analytics").bearer(world.token("a", "admin"))
                .query("from", "2030-02-01").query("to", "2030-01-01").send();
        assertEquals(400, backwards.status());
        assertEquals("from", backwards.errorField(0));
        assertEquals("to", Call.get(world.dashboard, "/api/admin/analytics").bearer(world.token("a", "admin")).query("to", "soon").send().errorField(0));
        assertEquals("from", Call.get(world.dashboard, "/api/admin/analytics").bearer(world.token("a", "admin"))
                .query("from", "2028-01-01").query("to", "2030-01-01").send().errorField(0));
    }

    private static Map<String, Long> longs(JsonNode object) {
        var values = new java.util.HashMap<String, Long>();
        object.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asLong()));
        return values;
    }

    private static List<String> products(JsonNode list) {
        var rows = new ArrayList<String>();
        list.forEach(p -> rows.add(p.path("sku").asText() + ":" + p.path("revenue").asLong() + ":" + p.path("units").asLong()));
        return rows;
    }
}
