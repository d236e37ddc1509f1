package uz.ultramarket.admin.analytics;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.store.OrderStore;

/**
 * What one order adds to the dashboard's figures as it is now: counted on the Asia/Tashkent day it was placed, by its
 * status; its total is revenue (and its lines the products' revenue and units) only while it is sold and not undone.
 */
public record OrderTally(String number, LocalDate day, OrderStatus status, boolean sold, long total, String region,
                         String paymentMethod, List<ProductTally> products) {

    /** One SKU's share of a sold order. */
    public record ProductTally(String sku, String name, long revenue, int units) {}

    /** The statuses whose orders count as revenue: paid or confirmed, and not cancelled, expired or refunded since. */
    public static final Set<OrderStatus> SOLD = EnumSet.of(OrderStatus.PAID, OrderStatus.CONFIRMED, OrderStatus.PROCESSING,
            OrderStatus.SHIPPED, OrderStatus.DELIVERED);

    public OrderTally {
        products = List.copyOf(products);
    }

    public static OrderTally of(Order order) {
        boolean sold = SOLD.contains(order.status());
        var bySku = new LinkedHashMap<String, ProductTally>();
        if (sold) {
            for (var line : order.lines()) {
                bySku.merge(line.sku(), new ProductTally(line.sku(), line.name(), line.lineTotal().tiyin(), line.quantity()),
                        (a, b) -> new ProductTally(a.sku(), a.name(), a.revenue() + b.revenue(), a.units() + b.units()));
            }
        }
        return new OrderTally(order.number(), LocalDate.ofInstant(order.createdAt(), OrderStore.SHOP_ZONE), order.status(), sold,
                order.total().tiyin(), order.address().region().code(), order.paymentMethod().id(), List.copyOf(bySku.values()));
    }

    /** The day's counters this order adds: {@code orders}, {@code status_<S>}, and while sold {@code sold}, {@code revenue}, {@code region_<code>}, {@code method_<id>}. */
    public Map<String, Long> counters() {
        var counters = new LinkedHashMap<String, Long>();
        counters.put(DayTotals.ORDERS, 1L);
        counters.put(DayTotals.STATUS + status.name(), 1L);
        if (sold) {
            counters.put(DayTotals.SOLD, 1L);
            counters.put(DayTotals.REVENUE, total);
            counters.put(DayTotals.REGION + region, total);
            counters.put(DayTotals.METHOD + paymentMethod, total);
        }
        return counters;
    }
}
