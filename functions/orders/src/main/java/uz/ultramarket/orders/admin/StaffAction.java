package uz.ultramarket.orders.admin;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderLifecycle;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.PaymentMethod;

/** What staff may do to an order, each a step of the one {@link OrderLifecycle}; the table decides when. */
public enum StaffAction {
    CONFIRM(OrderStatus.CONFIRMED),
    PROCESS(OrderStatus.PROCESSING),
    SHIP(OrderStatus.SHIPPED),
    DELIVER(OrderStatus.DELIVERED),
    CANCEL(OrderStatus.CANCELLED),
    /** Cash handed back: an online payment is refunded by its provider (Payme's cancel, Click's cabinet), not here. */
    REFUND(OrderStatus.REFUNDED);

    public static final String CHOICES = "confirm, process, ship, deliver, cancel or refund";

    private final OrderStatus next;

    StaffAction(OrderStatus next) { this.next = next; }

    public OrderStatus next() { return next; }

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static StaffAction of(String id) {
        return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown action " + id));
    }

    /** Whether staff may take this step on {@code order} now. */
    public boolean allowedOn(Order order, Instant now) {
        if (!OrderLifecycle.allows(order.status(), next)) return false;
        return switch (this) {
            case REFUND -> order.paymentMethod() == PaymentMethod.CASH;
            // paid online money goes back through its provider (a refund), never by a cancel here; an unpaid order a
            // provider is paying right now is theirs to finish or cancel
            case CANCEL -> (order.paymentMethod() == PaymentMethod.CASH || order.status() == OrderStatus.PENDING_PAYMENT)
                    && !order.paymentUnderWay(now);
            default -> true;
        };
    }

    /** The steps staff may take on {@code order} now, in the life cycle's order. */
    public static List<StaffAction> available(Order order, Instant now) {
        return Arrays.stream(values()).filter(a -> a.allowedOn(order, now)).toList();
    }
}
