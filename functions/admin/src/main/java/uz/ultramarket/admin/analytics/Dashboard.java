package uz.ultramarket.admin.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uz.ultramarket.core.money.Money;

/**
 * The dashboard over the Asia/Tashkent days {@code from}..{@code to}: see docs/admin-api.md for what each figure counts.
 * {@code conversion} is orders placed per cart started (0 when no cart was).
 */
public record Dashboard(LocalDate from, LocalDate to, Money revenue, long orders, long soldOrders, Money averageOrderValue,
                        long cartsStarted, double conversion, List<DayFigure> revenueByDay, Map<String, Long> ordersByStatus,
                        List<ProductFigure> topProductsByRevenue, List<ProductFigure> topProductsByUnits,
                        Map<String, Money> revenueByRegion, Map<String, Money> revenueByPaymentMethod) {

    public record DayFigure(LocalDate day, Money revenue, long orders) {}

    public record ProductFigure(String sku, String name, Money revenue, long units) {}
}
