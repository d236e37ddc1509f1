package uz.ultramarket.admin.analytics;

import javax.inject.Inject;
import uz.ultramarket.orders.store.OrderStore;

/**
 * Keeps the dashboard's figures up to date: on any event of an order, counts the order as it is now in place of what it
 * added before. It reads the order itself rather than trusting the event, so replays and late events change nothing.
 */
public final class OrderTallies {

    private static final int ATTEMPTS = 5;

    private final OrderStore orders;
    private final AnalyticsStore analytics;

    @Inject
    public OrderTallies(OrderStore orders, AnalyticsStore analytics) {
        this.orders = orders;
        this.analytics = analytics;
    }

    /** Counts order {@code number} as it is now; false when there is no such order. */
    public boolean recount(String number) {
        for (int attempt = 1; ; attempt++) {
            var order = orders.find(number);
            if (order.isEmpty()) return false;
            var counted = analytics.counted(number);
            if (counted.isPresent() && counted.get().version() >= order.get().version()) return true;
            if (analytics.count(counted, OrderTally.of(order.get()), order.get().version())) return true;
            if (attempt == ATTEMPTS) throw new IllegalStateException("order " + number + " kept changing while it was counted");
        }
    }
}
