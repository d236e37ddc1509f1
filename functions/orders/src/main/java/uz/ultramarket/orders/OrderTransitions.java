package uz.ultramarket.orders;

import java.time.Clock;
import java.util.Locale;
import javax.inject.Inject;
import uz.ultramarket.catalog.skus.SkuCatalog;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.orders.store.OrderStore;

/**
 * Moves an order a step along its {@link OrderLifecycle}: the step is written first, conditional on the version it was
 * decided on, then its stock effect is applied. The effects are idempotent per order, and the order stream applies
 * them again (see {@code OrderEventsHandler}), so a process that dies in between leaves nothing undone.
 */
public final class OrderTransitions {

    private static final int ATTEMPTS = 5;

    private final OrderStore orders;
    private final SkuCatalog catalog;
    private final Clock clock;

    @Inject
    public OrderTransitions(OrderStore orders, SkuCatalog catalog, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Moves {@code order} (as last read) to {@code next} on behalf of {@code actor}; 409 when the life cycle has no such step. */
    public Order move(Order order, OrderStatus next, String actor) {
        var current = order;
        for (int attempt = 1; ; attempt++) {
            var from = current;
            var effect = OrderLifecycle.step(from.status(), next).orElseThrow(() -> refused(from, next));
            var moved = current.movedTo(next, clock.instant(), actor);
            if (orders.replace(moved)) {
                apply(moved, effect);
                return moved;
            }
            if (attempt == ATTEMPTS) throw ApiException.unavailable("The order is being changed right now; try again in a moment.");
            current = orders.find(order.number()).orElseThrow();
        }
    }

    /** Applies {@code effect} to the stock {@code order} holds; doing it again changes nothing. */
    public void apply(Order order, StockEffect effect) {
        switch (effect) {
            case NONE -> { }
            case TAKE -> catalog.take(order.reservationId());
            case RELEASE -> catalog.release(order.reservationId());
            case RESTOCK -> catalog.restock(order.reservationId());
        }
    }

    private static ApiException refused(Order order, OrderStatus next) {
        return ApiException.conflict("Order " + order.number() + " is " + words(order.status()) + " and cannot become " + words(next) + ".");
    }

    private static String words(OrderStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
