package uz.ultramarket.orders;

import static uz.ultramarket.orders.OrderStatus.AWAITING_CONFIRMATION;
import static uz.ultramarket.orders.OrderStatus.CANCELLED;
import static uz.ultramarket.orders.OrderStatus.CONFIRMED;
import static uz.ultramarket.orders.OrderStatus.DELIVERED;
import static uz.ultramarket.orders.OrderStatus.EXPIRED;
import static uz.ultramarket.orders.OrderStatus.PAID;
import static uz.ultramarket.orders.OrderStatus.PENDING_PAYMENT;
import static uz.ultramarket.orders.OrderStatus.PROCESSING;
import static uz.ultramarket.orders.OrderStatus.REFUNDED;
import static uz.ultramarket.orders.OrderStatus.SHIPPED;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The order life cycle: every step an order may take, and what each does to its stock — the one table checkout, the
 * owner's cancel, the expiry sweep, payment callbacks and admin actions all go through. A step not listed is refused.
 */
public final class OrderLifecycle {

    /** An online order unpaid this long after checkout expires (unless its payment is under way). */
    public static final Duration PAY_WITHIN = Duration.ofMinutes(30);

    private static final Map<OrderStatus, Map<OrderStatus, StockEffect>> STEPS = new EnumMap<>(OrderStatus.class);

    static {
        step(PENDING_PAYMENT, PAID, StockEffect.TAKE);
        step(PENDING_PAYMENT, CANCELLED, StockEffect.RELEASE);
        step(PENDING_PAYMENT, EXPIRED, StockEffect.RELEASE);
        step(AWAITING_CONFIRMATION, CONFIRMED, StockEffect.TAKE);
        step(AWAITING_CONFIRMATION, CANCELLED, StockEffect.RELEASE);
        step(PAID, PROCESSING, StockEffect.NONE);
        step(PAID, REFUNDED, StockEffect.RESTOCK);
        step(CONFIRMED, PROCESSING, StockEffect.NONE);
        step(CONFIRMED, CANCELLED, StockEffect.RESTOCK);
        step(PROCESSING, SHIPPED, StockEffect.NONE);
        step(PROCESSING, CANCELLED, StockEffect.RESTOCK); // a cash order; a paid one is refunded instead
        step(PROCESSING, REFUNDED, StockEffect.RESTOCK);
        step(SHIPPED, DELIVERED, StockEffect.NONE);
        step(DELIVERED, REFUNDED, StockEffect.NONE); // the goods are with the customer: a return is a stock adjustment
    }

    private OrderLifecycle() {}

    private static void step(OrderStatus from, OrderStatus to, StockEffect effect) {
        STEPS.computeIfAbsent(from, f -> new EnumMap<>(OrderStatus.class)).put(to, effect);
    }

    /** What the step {@code from} → {@code to} does to stock; empty when the step is not allowed. */
    public static Optional<StockEffect> step(OrderStatus from, OrderStatus to) {
        return Optional.ofNullable(STEPS.getOrDefault(from, Map.of()).get(to));
    }

    public static boolean allows(OrderStatus from, OrderStatus to) {
        return step(from, to).isPresent();
    }

    /** Where an order starts: awaiting its online payment, or staff's confirmation of a cash order. */
    public static OrderStatus initial(PaymentMethod method) {
        return method == PaymentMethod.CASH ? AWAITING_CONFIRMATION : PENDING_PAYMENT;
    }

    /**
     * Whether a paid (or, for cash, confirmed) order's money would have to be returned to cancel it: then it is
     * refunded, and only staff or the payment provider may do that.
     */
    public static boolean cancellable(OrderStatus status, PaymentMethod method) {
        return method == PaymentMethod.CASH ? allows(status, CANCELLED) && status != PENDING_PAYMENT : status == PENDING_PAYMENT;
    }
}
