package uz.ultramarket.orders.history;

import java.util.Optional;
import java.time.Clock;
import javax.inject.Inject;
import uz.ultramarket.core.auth.Caller;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderLifecycle;
import uz.ultramarket.orders.OrderNumber;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.OrderTransitions;
import uz.ultramarket.orders.store.OrderStore;

/**
 * A customer's own orders: the list, one order, and cancelling one before it ships. Another customer's order is "not
 * found", never "forbidden": the answer does not confirm that the number exists.
 */
public final class OrderHistory {

    public static final int MAX_PAGE = 50;

    private final OrderStore orders;
    private final OrderTransitions transitions;
    private final Clock clock;

    @Inject
    public OrderHistory(OrderStore orders, OrderTransitions transitions, Clock clock) {
        this.orders = orders;
        this.transitions = transitions;
        this.clock = clock;
    }

    public OrderStore.Page list(Caller caller, int limit, Optional<String> cursor) {
        try {
            return orders.list(caller.userId(), limit, cursor);
        } catch (OrderStore.BadCursorException e) {
            throw ApiException.badRequest("The cursor is not one this list gave.", new FieldError("cursor", "must be a nextCursor of this list"));
        }
    }

    public Order get(Caller caller, String number) {
        return Optional.of(number).filter(OrderNumber::isValid).flatMap(orders::find)
                .filter(order -> order.customerId().equals(caller.userId()))
                .orElseThrow(() -> ApiException.notFound("You have no order " + number + "."));
    }

    public Order cancel(Caller caller, String number) {
        var order = get(caller, number);
        if (!OrderLifecycle.cancellable(order.status(), order.paymentMethod())) {
            throw ApiException.conflict(order.status() == OrderStatus.CANCELLED ? "Order " + number + " is cancelled already."
                    : "Order " + number + " can no longer be cancelled here; contact the shop.");
        }
        return transitions.moveIf(order, OrderStatus.CANCELLED, "customer", o -> !o.paymentUnderWay(clock.instant()))
                .orElseThrow(() -> ApiException.conflict("A payment for order " + number + " is under way; it can be cancelled once the payment ends."));
    }
}
