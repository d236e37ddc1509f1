package uz.ultramarket.orders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.auth.Caller;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.orders.checkout.CheckoutRequest;
import uz.ultramarket.orders.store.OrderStore;

/** The every-minute sweep: unpaid online orders expire, and stock held for an order never written is released. */
class OrderSweepTest {

    private static OrdersWorld world;

    @BeforeAll
    static void world() throws Exception {
        world = OrdersWorld.get();
    }

    @Test
    void unpaidOnlineOrdersExpireAfterThirtyMinutesAndReleaseTheirStockCashOrdersDoNot() throws Exception {
        int[] before = world.catalog.stock("CABLE-50");
        var online = world.storedOrder(OrderStatus.PENDING_PAYMENT, "CABLE-50", 2);
        var cash = world.storedOrder(OrderStatus.AWAITING_CONFIRMATION, "CABLE-50", 1);
        world.sweep.sweep();
        assertEquals(OrderStatus.PENDING_PAYMENT, world.orders.find(online.number()).orElseThrow().status(), "not due yet");

        world.clock.advance(Duration.ofMinutes(31));
        try {
            world.sweep.sweep();
        } finally {
            world.clock.advance(Duration.ofMinutes(-31));
        }
        var expired = world.orders.find(online.number()).orElseThrow();
        assertEquals(OrderStatus.EXPIRED, expired.status());
        assertEquals("system", expired.history().get(1).actor());
        assertEquals(OrderStatus.AWAITING_CONFIRMATION, world.orders.find(cash.number()).orElseThrow().status());
        assertArrayEquals(new int[] {before[0], before[1] + 1}, world.catalog.stock("CABLE-50"), "only the cash order's unit is held");
    }

    @Test
    void anOrderHeldByAPaymentUnderWayExpiresOnlyWhenThePaymentsTimeIsUp() throws Exception {
        var order = world.storedOrder(OrderStatus.PENDING_PAYMENT, "CABLE-51", 1);
        var until = world.clock.instant().plus(Duration.ofHours(12));
        assertTrue(world.orders.replace(order.claimedFor(new Order.PaymentClaim(PaymentMethod.PAYME, "5305e3bab097f420a62ced0b", until))));
        var start = world.clock.instant();
        try {
            world.clock.advance(Duration.ofMinutes(31));
            world.sweep.sweep();
            assertEquals(OrderStatus.PENDING_PAYMENT, world.orders.find(order.number()).orElseThrow().status(), "Payme's 12 hours hold it");
            world.clock.set(until.plusSeconds(1));
            world.sweep.sweep();
            assertEquals(OrderStatus.EXPIRED, world.orders.find(order.number()).orElseThrow().status(), "expired once the payment's time is up");
        } finally {
            world.clock.set(start);
        }
    }

    @Test
    void aCheckoutWhoseOrderWriteFailsLeaksNothing() throws Exception {
        String customer = world.customer();
        world.fillCart(customer, Map.of("CABLE-51", 3));
        int[] before = world.catalog.stock("CABLE-51");
        // an orders table that is not there: DynamoDB refuses the write after the stock is held
        var broken = world.checkoutService(new OrderStore(world.aws.dynamoDb(), "orders-that-do-not-exist"));
        var request = new CheckoutRequest(java.util.Optional.empty(), java.util.Optional.of(new uz.ultramarket.accounts.addresses.NewAddress(
                uz.ultramarket.accounts.addresses.Region.SAMARKAND, "Samarqand", "Registon 5", java.util.Optional.empty(), java.util.Optional.empty(),
                uz.ultramarket.core.phone.Phone.parse("+998901112233"))), uz.ultramarket.orders.delivery.DeliveryMethod.COURIER,
                java.util.Optional.empty(), PaymentMethod.CASH, java.util.Optional.empty(), java.util.Optional.empty());
        assertThrows(RuntimeException.class, () -> broken.checkout(new Caller(customer, Role.CUSTOMER), UUID.randomUUID().toString(), request, "uz"));
        assertArrayEquals(before, world.catalog.stock("CABLE-51"), "the failed checkout gave its stock back");
        assertEquals(3, world.carts.find(new uz.ultramarket.cart.CartKey.Customer(customer), world.clock.instant()).orElseThrow()
                .lines().get(0).quantity(), "the cart is as it was");
    }

    @Test
    void stockHeldForAnOrderThatWasNeverWrittenIsReleasedByTheSweep() throws Exception {
        int[] before = world.catalog.stock("CABLE-52");
        // what a checkout that died between reserving and writing its order leaves behind
        String orphan = world.numbers.next();
        world.skus.reserve(orphan, Map.of("CABLE-52", 4));
        var live = world.storedOrder(OrderStatus.AWAITING_CONFIRMATION, "CABLE-52", 1);
        world.catalog.sql("UPDATE stock_reservation SET reserved_at = now() - interval '6 minutes' WHERE reservation_id IN ('"
                + orphan + "', '" + live.number() + "')");
        var swept = world.sweep.sweep();
        assertTrue(swept.orphansReleased() >= 1);
        assertArrayEquals(new int[] {before[0], before[1] + 1}, world.catalog.stock("CABLE-52"), "the orphan's 4 released, the order's 1 kept");
        world.sweep.sweep();
        assertArrayEquals(new int[] {before[0], before[1] + 1}, world.catalog.stock("CABLE-52"), "released once");
    }
}
