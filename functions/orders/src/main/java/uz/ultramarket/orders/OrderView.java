package uz.ultramarket.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.orders.delivery.DeliveryMethod;
import uz.ultramarket.orders.delivery.PickupPoint;

/** An order as its owner sees it: the stored snapshot, the delivery method's name in their language, and whether they may cancel it. */
public record OrderView(String number, OrderStatus status, PaymentMethod paymentMethod, Instant createdAt, Optional<Instant> payBy,
                        List<Order.Line> lines, Order.ShippingAddress address, Delivery delivery, Money subtotal,
                        Money deliveryFee, Money total, Money vatIncluded, Optional<String> comment,
                        List<Order.StatusChange> history, boolean cancellable) {

    public record Delivery(DeliveryMethod method, String name, Money fee, LocalDate earliest, LocalDate latest,
                           Optional<PickupPoint> pickupPoint) {}

    /** One row of the order list. */
    public record Summary(String number, OrderStatus status, PaymentMethod paymentMethod, Instant createdAt, Money total, int itemCount) {
        public static Summary of(Order order) {
            return new Summary(order.number(), order.status(), order.paymentMethod(), order.createdAt(), order.total(),
                    order.lines().stream().mapToInt(Order.Line::quantity).sum());
        }
    }

    /**
     * The order as it was when placed, in the language it was placed in: what checkout answers, to the first request
     * and to every repeat of its key, whatever became of the order since.
     */
    public static OrderView asPlaced(Order order) {
        var first = order.history().getFirst();
        var placed = new Order(order.number(), order.customerId(), order.language(), first.status(),
                order.paymentMethod(), order.lines(), order.address(), order.delivery(), order.subtotal(), order.deliveryFee(),
                order.total(), order.vatIncluded(), order.comment(), order.createdAt(), order.payBy(), java.util.Optional.empty(),
                java.util.List.of(first), 1);
        return of(placed, order.language());
    }

    public static OrderView of(Order order, String language) {
        var d = order.delivery();
        return new OrderView(order.number(), order.status(), order.paymentMethod(), order.createdAt(), order.payBy(), order.lines(),
                order.address(), new Delivery(d.method(), d.method().name(language), d.fee(), d.earliest(), d.latest(), d.pickupPoint()),
                order.subtotal(), order.deliveryFee(), order.total(), order.vatIncluded(), order.comment(), order.history(),
                OrderLifecycle.cancellable(order.status(), order.paymentMethod()));
    }
}
