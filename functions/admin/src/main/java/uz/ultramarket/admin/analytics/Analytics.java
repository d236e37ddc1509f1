package uz.ultramarket.admin.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import uz.ultramarket.cart.store.CartStarts;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.orders.store.OrderStore;

/**
 * The dashboard's figures over a range of days, summed from the per-day counters the order events keep — never from
 * the orders themselves, so a year of a busy shop costs one query of 366 small items and one per month of products.
 */
public final class Analytics {

    public static final int MAX_DAYS = 366;
    static final int TOP = 10;

    private final AnalyticsStore store;
    private final CartStarts carts;
    private final Clock clock;

    @Inject
    public Analytics(AnalyticsStore store, CartStarts carts, Clock clock) {
        this.store = store;
        this.carts = carts;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), OrderStore.SHOP_ZONE);
    }

    public Dashboard between(LocalDate from, LocalDate to) {
        var byDay = new TreeMap<LocalDate, DayTotals>();
        store.totals(from, to).forEach(d -> byDay.put(d.day(), d));
        long revenue = 0;
        long orders = 0;
        long sold = 0;
        var days = new ArrayList<Dashboard.DayFigure>();
        var statuses = new TreeMap<String, Long>();
        var regions = new TreeMap<String, Money>();
        var methods = new TreeMap<String, Money>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            var totals = byDay.get(day);
            if (totals == null) {
                days.add(new Dashboard.DayFigure(day, Money.ZERO, 0));
                continue;
            }
            revenue += totals.get(DayTotals.REVENUE);
            orders += totals.get(DayTotals.ORDERS);
            sold += totals.get(DayTotals.SOLD);
            days.add(new Dashboard.DayFigure(day, Money.ofTiyin(totals.get(DayTotals.REVENUE)), totals.get(DayTotals.ORDERS)));
            totals.counters().forEach((name, value) -> {
                if (value == 0) return;
                if (name.startsWith(DayTotals.STATUS)) statuses.merge(name.substring(DayTotals.STATUS.length()), value, Long::sum);
                if (name.startsWith(DayTotals.REGION)) regions.merge(name.substring(DayTotals.REGION.length()), Money.ofTiyin(value), Money::plus);
                if (name.startsWith(DayTotals.METHOD)) methods.merge(name.substring(DayTotals.METHOD.length()), Money.ofTiyin(value), Money::plus);
            });
        }
        var products = new LinkedHashMap<String, Dashboard.ProductFigure>();
        for (var p : store.products(from, to)) {
            products.merge(p.sku(), new Dashboard.ProductFigure(p.sku(), p.name(), Money.ofTiyin(p.revenue()), p.units()),
                    (a, b) -> new Dashboard.ProductFigure(a.sku(), a.name(), a.revenue().plus(b.revenue()), a.units() + b.units()));
        }
        var figures = products.values().stream().filter(p -> p.units() > 0 || p.revenue().tiyin() > 0).toList();
        long started = carts.between(from, to).values().stream().mapToLong(Long::longValue).sum();
        return new Dashboard(from, to, Money.ofTiyin(revenue), orders, sold, Money.ofTiyin(sold == 0 ? 0 : revenue / sold), started,
                started == 0 ? 0 : (double) orders / started, days, statuses,
                top(figures, Comparator.comparingLong((Dashboard.ProductFigure p) -> p.revenue().tiyin())),
                top(figures, Comparator.comparingLong(Dashboard.ProductFigure::units)), regions, methods);
    }

    private static List<Dashboard.ProductFigure> top(List<Dashboard.ProductFigure> all, Comparator<Dashboard.ProductFigure> by) {
        return all.stream().sorted(by.reversed().thenComparing(Dashboard.ProductFigure::sku)).limit(TOP).toList();
    }

}
