package uz.ultramarket.orders.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.notification.NotificationTemplate;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.OrdersWorld;

/** Which events a change of an order makes, with ids that repeat for a replayed change, and the SMS each sends. */
class OrderEventTest {

    @Test
    void aNewOrderIsPlacedAndEachLaterStatusIsItsOwnEvent() throws Exception {
        var world = OrdersWorld.get();
        var placed = world.storedOrder(OrderStatus.AWAITING_CONFIRMATION, "CABLE-60", 1);
        var events = OrderEvent.between(Optional.empty(), placed);
        assertEquals(List.of(OrderEvent.Type.OrderPlaced), events.stream().map(OrderEvent::type).toList());
        assertEquals(placed.number() + "-0", events.get(0).eventId());

        var confirmed = world.transitions.move(placed, OrderStatus.CONFIRMED, "admin");
        var processing = world.transitions.move(confirmed, OrderStatus.PROCESSING, "admin");
        var shipped = world.transitions.move(processing, OrderStatus.SHIPPED, "admin");
        assertEquals(List.of(OrderEvent.Type.OrderConfirmed), types(placed, confirmed));
        assertEquals(List.of(OrderEvent.Type.OrderProcessing), types(confirmed, processing));
        assertEquals(List.of(OrderEvent.Type.OrderShipped), types(processing, shipped));
        assertEquals(List.of(OrderEvent.Type.OrderConfirmed, OrderEvent.Type.OrderProcessing, OrderEvent.Type.OrderShipped), types(placed, shipped),
                "a record that skips a state (a coalesced read) still yields every event, in order");
        assertEquals(OrderEvent.between(Optional.of(placed), confirmed), OrderEvent.between(Optional.of(placed), confirmed),
                "the same change, the same events");
        assertEquals(placed.number() + "-1", OrderEvent.between(Optional.of(placed), confirmed).get(0).eventId());
        var json = Json.mapper().readTree(Json.write(events.get(0)));
        assertEquals("OrderPlaced", json.path("type").asText());
        assertEquals(placed.total().tiyin(), json.path("total").asLong());
    }

    @Test
    void eachEventSendsItsSmsInTheOrdersLanguageKeyedByTheEventId() {
        var world = OrdersWorld.get();
        var order = world.storedOrder(OrderStatus.PENDING_PAYMENT, "CABLE-60", 1);
        var paid = world.transitions.move(order, OrderStatus.PAID, "payme");
        var event = OrderEvent.between(Optional.of(order), paid).get(0);
        var sms = OrderNotifierHandler.notification(event, "+998901234567");
        assertEquals(NotificationTemplate.ORDER_PAID, sms.template());
        assertEquals("order:" + order.number() + "-1", sms.idempotencyKey());
        assertEquals("+998901234567", sms.recipient());
        assertEquals(order.language(), sms.language());
        assertEquals(Long.toString(order.total().tiyin()), sms.parameters().get("total"));
        for (var type : OrderEvent.Type.values()) {
            var some = new OrderEvent("1000009-3", type, "1000009", OrderStatus.CANCELLED, order.createdAt(), "x", "c", "ru",
                    order.paymentMethod(), order.total(), Optional.empty());
            assertTrue(OrderNotifierHandler.notification(some, "+998901234567").template().id().startsWith("order-"), type.name());
        }
    }

    private static List<OrderEvent.Type> types(Order before, Order after) {
        return OrderEvent.between(Optional.of(before), after).stream().map(OrderEvent::type).toList();
    }
}
