package uz.ultramarket.orders.sweep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.ultramarket.catalog.skus.SkuCatalog;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.OrderTransitions;
import uz.ultramarket.orders.store.OrderStore;

/**
 * Run every minute: expires online orders left unpaid past their pay-by time (their stock is released), and releases
 * stock held for orders that were never written (a checkout that died between reserving and writing its order).
 */
public final class OrderSweep {

    /** A checkout's reservation without an order after this long has lost its order: no checkout runs this long. */
    public static final Duration ORPHAN_AFTER = Duration.ofMinutes(5);
    /** How far back orphans are looked for; older ones were seen by the sweeps of that time. */
    static final Duration ORPHAN_WINDOW = Duration.ofHours(1);
    static final int BATCH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(OrderSweep.class);

    /** What one sweep did. */
    public record Swept(int expired, int orphansReleased) {}

    private final OrderStore orders;
    private final OrderTransitions transitions;
    private final SkuCatalog catalog;
    private final Clock clock;

    @Inject
    public OrderSweep(OrderStore orders, OrderTransitions transitions, SkuCatalog catalog, Clock clock) {
        this.orders = orders;
        this.transitions = transitions;
        this.catalog = catalog;
        this.clock = clock;
    }

    public Swept sweep() {
        Instant now = clock.instant();
        int expired = 0;
        for (var order : orders.awaitingPaymentBy(now, BATCH)) {
            try {
                // due as written, not as the index had it: a payment that began since holds the order longer
                if (transitions.moveIf(order, OrderStatus.EXPIRED, "system",
                        o -> o.paymentDue().filter(due -> !due.isAfter(now)).isPresent()).isPresent()) expired++;
            } catch (ApiException changed) {
                // paid or cancelled since it was listed: nothing to expire
            }
        }
        int released = 0;
        Instant before = now.minus(ORPHAN_AFTER);
        for (String reservation : catalog.heldBetween(before.minus(ORPHAN_WINDOW), before, BATCH)) {
            if (orders.find(reservation).isEmpty() && catalog.release(reservation)) {
                LOG.warn("Released the stock of reservation {}: its order was never written", reservation);
                released++;
            }
        }
        return new Swept(expired, released);
    }
}
