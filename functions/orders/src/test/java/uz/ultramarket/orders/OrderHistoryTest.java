package uz.ultramarket.orders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.core.testing.Call.Answer;

/** The owner's routes: the list newest first and paged, one order (owner only), and cancelling. */
class OrderHistoryTest {

    private static OrdersWorld world;

    @BeforeAll
    static void world() throws Exception {
        world = OrdersWorld.get();
    }

    private static String place(String customer, String sku, String payment) {
        world.fillCart(customer, Map.of(sku, 1));
        var placed = CheckoutTest.checkout(customer, UUID.randomUUID().toString(),
                "{\"address\":" + CheckoutTest.SAMARKAND + ",\"deliveryMethod\":\"courier\",\"paymentMethod\":\"" + payment + "\"}");
        assertEquals(201, placed.status(), placed.body());
        return placed.text("/number");
    }

    private static Answer list(String customer, Integer limit, String cursor) {
        var call = Call.get(world.history, "/api/orders").bearer(world.tokenFor(customer));
        if (limit != null) call.query("limit", limit.toString());
        if (cursor != null) call.query("cursor", cursor);
        return call.send();
    }

    private static Answer order(String customer, String method, String route, String number) {
        return Call.to(world.history, method, route, "number", number).bearer(world.tokenFor(customer)).send();
    }

    @Test
    void theListIsNewestFirstAndPagedByCursor() throws Exception {
        String customer = world.customer();
        var numbers = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            numbers.add(0, place(customer, "CABLE-20", "cash"));
            world.clock.advance(Duration.ofSeconds(1));
        }
        var seen = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var page = list(customer, 2, cursor);
            assertEquals(200, page.status(), page.body());
            page.json().path("items").forEach(item -> seen.add(item.path("number").asText()));
            cursor = page.json().path("nextCursor").isTextual() ? page.text("/nextCursor") : null;
            pages++;
        } while (cursor != null);
        assertEquals(numbers, seen);
        assertTrue(pages >= 3);
        var first = list(customer, null, null).json().at("/items/0");
        assertEquals("AWAITING_CONFIRMATION", first.path("status").asText());
        assertEquals(1, first.path("itemCount").asInt());
        assertEquals("cash", first.path("paymentMethod").asText());

        String stranger = world.customer();
        assertEquals(0, list(stranger, null, null).json().path("items").size());
        var stolenCursor = list(customer, 2, null).text("/nextCursor");
        var answer = list(stranger, 2, stolenCursor);
        assertEquals(400, answer.status(), "another customer's cursor is refused, not followed");
        assertEquals("cursor", answer.errorField(0));
        assertEquals("limit", list(customer, 0, null).errorField(0));
        assertEquals(400, list(customer, 51, null).status());
    }

    @Test
    void anOrderIsItsOwnersAndNotFoundForAnyoneElse() throws Exception {
        String owner = world.customer();
        String number = place(owner, "CABLE-21", "click");
        var mine = order(owner, "GET", "/api/orders/{number}", number);
        assertEquals(200, mine.status());
        assertEquals(number, mine.text("/number"));
        assertEquals("PENDING_PAYMENT", mine.text("/status"));

        String stranger = world.customer();
        var theirs = order(stranger, "GET", "/api/orders/{number}", number);
        assertEquals(404, theirs.status());
        assertEquals(404, order(stranger, "POST", "/api/orders/{number}/cancel", number).status());
        assertEquals(404, order(owner, "GET", "/api/orders/{number}", "12345").status(), "a wrong check digit is no order");
        assertEquals(401, Call.to(world.history, "GET", "/api/orders/{number}", "number", number).send().status());
        assertEquals("PENDING_PAYMENT", world.orders.find(number).orElseThrow().status().name(), "the stranger cancelled nothing");
    }

    @Test
    void anOrderWhosePaymentIsUnderWayCannotBeCancelledByItsOwner() throws Exception {
        String customer = world.customer();
        String number = place(customer, "CABLE-23", "click");
        var order = world.orders.find(number).orElseThrow();
        assertTrue(world.orders.replace(order.claimedFor(new Order.PaymentClaim(PaymentMethod.CLICK, "1000001",
                world.clock.instant().plus(Duration.ofMinutes(30))))));
        var refused = order(customer, "POST", "/api/orders/{number}/cancel", number);
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.text("/detail").contains("payment"), refused.body());
        assertEquals(OrderStatus.PENDING_PAYMENT, world.orders.find(number).orElseThrow().status());
        var start = world.clock.instant();
        try {
            world.clock.advance(Duration.ofMinutes(31));
            assertEquals(200, order(customer, "POST", "/api/orders/{number}/cancel", number).status(), "once the payment's hold is over");
        } finally {
            world.clock.set(start);
        }
    }

    @Test
    void cancellingGivesTheStockBackOnceAndAShippedOrPaidOrderCannotBeCancelled() throws Exception {
        String customer = world.customer();
        int[] before = world.catalog.stock("CABLE-22");
        String number = place(customer, "CABLE-22", "cash");
        assertArrayEquals(new int[] {before[0], before[1] + 1}, world.catalog.stock("CABLE-22"));

        var cancelled = order(customer, "POST", "/api/orders/{number}/cancel", number);
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.text("/status"));
        assertEquals("CANCELLED", cancelled.text("/history/1/status"));
        assertEquals("customer", cancelled.text("/history/1/actor"));
        assertFalse(cancelled.json().path("cancellable").asBoolean());
        assertArrayEquals(before, world.catalog.stock("CABLE-22"), "released");

        var again = order(customer, "POST", "/api/orders/{number}/cancel", number);
        assertEquals(409, again.status());
        assertArrayEquals(before, world.catalog.stock("CABLE-22"), "released once");

        String paid = place(customer, "CABLE-22", "payme");
        world.transitions.move(world.orders.find(paid).orElseThrow(), OrderStatus.PAID, "payme");
        assertEquals(409, order(customer, "POST", "/api/orders/{number}/cancel", paid).status(), "a paid order is refunded by the shop");
        assertEquals(OrderStatus.PAID, world.orders.find(paid).orElseThrow().status());
        assertEquals(List.of(before[0] - 1, before[1]), List.of(world.catalog.stock("CABLE-22")[0], world.catalog.stock("CABLE-22")[1]));
    }
}
