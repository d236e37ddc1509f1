package uz.ultramarket.admin.analytics;

import java.time.LocalDate;
import java.util.Map;

/** One day's counters as kept: orders placed, by status, sold, revenue, revenue by region and by payment method. */
public record DayTotals(LocalDate day, Map<String, Long> counters) {

    static final String ORDERS = "orders";
    static final String SOLD = "sold";
    static final String REVENUE = "revenue";
    static final String STATUS = "status_";
    static final String REGION = "region_";
    static final String METHOD = "method_";

    public DayTotals {
        counters = Map.copyOf(counters);
    }

    long get(String counter) {
        return counters.getOrDefault(counter, 0L);
    }
}
