package uz.ultramarket.orders;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
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
        return moveIf(order, next, actor, o -> true).orElseThrow();
    }

    /**
     * The same, if {@code still} holds for the order as written when the step is taken (it is checked again on every
     * re-read): empty, and nothing written, once it does not.
     */
    public Optional<Order> moveIf(Order order, OrderStatus next, String actor, Predicate<Order> still) {
        var current = order;
        for (int attempt = 1; ; attempt++) {
            if (!still.test(current)) return Optional.empty();
            var moved = next(current, next, actor);
            if (orders.replace(moved)) {
                applied(moved);
                return Optional.of(moved);
            }
            if (attempt == ATTEMPTS) throw ApiException.unavailable("The order is being changed right now; try again in a moment.");
            current = orders.find(order.number()).orElseThrow();
        }
    }

    /**
     * The order after the step to {@code next}, not yet written (409 when the life cycle has no such step): for a
     * caller that writes it together with its own record ({@link OrderStore#replacement}), then calls {@link #applied}.
     */
    public Order next(Order order, OrderStatus next, String actor) {
        OrderLifecycle.step(order.status(), next).orElseThrow(() -> refused(order, next));
        return order.movedTo(next, clock.instant(), actor);
    }

    /** Applies the stock effect of the step that made {@code moved} (as written); doing it again changes nothing. */
    public void applied(Order moved) {
        var steps = moved.history();
        var from = steps.get(steps.size() - 2).status();
        apply(moved, OrderLifecycle.step(from, moved.status()).orElseThrow());
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
