package uz.ultramarket.orders.events;

import java.time.Instant;
import java.util.Optional;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.PaymentMethod;

/**
 * A domain event on the {@code order-events} topic (message attribute {@code type}), one per status an order takes.
 *
 * @param eventId  {@code <order number>-<position in its history>}: the same change always has the same id, so a
 *                 consumer can tell a replay from news
 */
public record OrderEvent(String eventId, Type type, String orderNumber, OrderStatus status, Instant at, String actor,
                         String customerId, String language, PaymentMethod paymentMethod, Money total,
                         Optional<Order.Shipment> shipment) {

    /** The event of each status an order takes after it was placed. */
    public enum Type {
        OrderPlaced, OrderPaid, OrderConfirmed, OrderProcessing, OrderCancelled, OrderExpired, OrderShipped, OrderDelivered, OrderRefunded;

        static Optional<Type> of(OrderStatus status, boolean first) {
            if (first) return Optional.of(OrderPlaced);
            return Optional.ofNullable(switch (status) {
                case PAID -> OrderPaid;
                case CONFIRMED -> OrderConfirmed;
                case PROCESSING -> OrderProcessing;
                case CANCELLED -> OrderCancelled;
                case EXPIRED -> OrderExpired;
                case SHIPPED -> OrderShipped;
                case DELIVERED -> OrderDelivered;
                case REFUNDED -> OrderRefunded;
                case PENDING_PAYMENT, AWAITING_CONFIRMATION -> null;
            });
        }
    }

    /** The events of the statuses {@code after} took since {@code before} (absent for a new order), in order. */
    public static java.util.List<OrderEvent> between(Optional<Order> before, Order after) {
        int seen = before.map(o -> o.history().size()).orElse(0);
        var events = new java.util.ArrayList<OrderEvent>();
        for (int i = seen; i < after.history().size(); i++) {
            var change = after.history().get(i);
            int position = i;
            Type.of(change.status(), i == 0).ifPresent(type -> events.add(new OrderEvent(after.number() + "-" + position, type,
                    after.number(), change.status(), change.at(), change.actor(), after.customerId(),
                    after.language(), after.paymentMethod(), after.total(),
                    type == Type.OrderShipped ? after.shipment() : Optional.empty())));
        }
        return events;
    }
}
