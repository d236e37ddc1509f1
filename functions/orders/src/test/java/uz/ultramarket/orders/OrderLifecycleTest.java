package uz.ultramarket.orders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.http.ApiException;

/**
 * The life-cycle table, through {@link OrderTransitions} against the real orders table and catalog: every pair of
 * statuses is either a step (written, its stock effect applied) or refused with 409 and nothing written.
 */
class OrderLifecycleTest {

    private static OrdersWorld world;

    // the steps the shop's life cycle has, written out here independently of the table under test
    private static final Set<String> STEPS = Set.of(
            "PENDING_PAYMENT>PAID", "PENDING_PAYMENT>CANCELLED", "PENDING_PAYMENT>EXPIRED",
            "AWAITING_CONFIRMATION>CONFIRMED", "AWAITING_CONFIRMATION>CANCELLED",
            "PAID>PROCESSING", "PAID>REFUNDED", "CONFIRMED>PROCESSING", "CONFIRMED>CANCELLED",
            "PROCESSING>SHIPPED", "PROCESSING>CANCELLED", "PROCESSING>REFUNDED",
            "SHIPPED>DELIVERED", "DELIVERED>REFUNDED");

    @BeforeAll
    static void world() throws Exception {
        world = OrdersWorld.get();
    }

    @Test
    void everyPairOfStatusesIsAStepOrRefused() throws Exception {
        int sequence = 0;
        for (var from : OrderStatus.values()) {
            for (var to : OrderStatus.values()) {
                var order = world.storedOrder(from, "CABLE-40", 1);
                String pair = from + ">" + to;
                if (STEPS.contains(pair)) {
                    var moved = world.transitions.move(order, to, "test");
                    assertEquals(to, world.orders.find(order.number()).orElseThrow().status(), pair);
                    assertEquals(order.history().size() + 1, moved.history().size(), pair);
                    assertEquals(order.version() + 1, world.orders.find(order.number()).orElseThrow().version(), pair);
                } else {
                    var refused = assertThrows(ApiException.class, () -> world.transitions.move(order, to, "test"), pair);
                    assertEquals(409, refused.status(), pair);
                    assertEquals(order, world.orders.find(order.number()).orElseThrow(), pair + ": nothing written");
                }
                sequence++;
            }
        }
        assertEquals(100, sequence);
        for (var from : OrderStatus.values()) {
            for (var to : OrderStatus.values()) {
                assertEquals(STEPS.contains(from + ">" + to), OrderLifecycle.allows(from, to), from + ">" + to);
            }
        }
    }

    @Test
    void stockIsTakenWhenPaidReleasedOnCancelAndExpiryAndPutBackOnARefund() throws Exception {
        int[] start = world.catalog.stock("CABLE-41");
        var paid = world.transitions.move(world.storedOrder(OrderStatus.PENDING_PAYMENT, "CABLE-41", 2), OrderStatus.PAID, "payme");
        assertArrayEquals(new int[] {start[0] - 2, start[1]}, world.catalog.stock("CABLE-41"), "taken from on hand");
        world.transitions.move(paid, OrderStatus.REFUNDED, "admin");
        assertArrayEquals(start, world.catalog.stock("CABLE-41"), "put back on hand");

        world.transitions.move(world.storedOrder(OrderStatus.PENDING_PAYMENT, "CABLE-41", 3), OrderStatus.EXPIRED, "system");
        world.transitions.move(world.storedOrder(OrderStatus.AWAITING_CONFIRMATION, "CABLE-41", 4), OrderStatus.CANCELLED, "customer");
        assertArrayEquals(start, world.catalog.stock("CABLE-41"), "released");

        var confirmed = world.transitions.move(world.storedOrder(OrderStatus.AWAITING_CONFIRMATION, "CABLE-41", 1), OrderStatus.CONFIRMED, "admin");
        var shipped = world.transitions.move(world.transitions.move(confirmed, OrderStatus.PROCESSING, "admin"), OrderStatus.SHIPPED, "admin");
        world.transitions.move(world.transitions.move(shipped, OrderStatus.DELIVERED, "admin"), OrderStatus.REFUNDED, "admin");
        assertArrayEquals(new int[] {start[0] - 1, start[1]}, world.catalog.stock("CABLE-41"), "delivered goods stay sold");
    }

    @Test
    void aStepDecidedOnAStaleReadIsDecidedAgainOnTheStoredOrder() throws Exception {
        var order = world.storedOrder(OrderStatus.PENDING_PAYMENT, "CABLE-42", 1);
        world.transitions.move(order, OrderStatus.PAID, "payme");
        var refused = assertThrows(ApiException.class, () -> world.transitions.move(order, OrderStatus.EXPIRED, "system"),
                "the stale PENDING_PAYMENT read must not expire a paid order");
        assertEquals(409, refused.status());
        assertEquals(OrderStatus.PAID, world.orders.find(order.number()).orElseThrow().status());
    }

    @Test
    void onlyUnpaidOrCashOrdersAreTheCustomersToCancel() {
        assertEquals(EnumSet.of(OrderStatus.PENDING_PAYMENT), statuses(PaymentMethod.PAYME));
        assertEquals(EnumSet.of(OrderStatus.AWAITING_CONFIRMATION, OrderStatus.CONFIRMED, OrderStatus.PROCESSING), statuses(PaymentMethod.CASH));
    }

    private static EnumSet<OrderStatus> statuses(PaymentMethod method) {
        var cancellable = EnumSet.noneOf(OrderStatus.class);
        for (var status : OrderStatus.values()) if (OrderLifecycle.cancellable(status, method)) cancellable.add(status);
        return cancellable;
    }
}
