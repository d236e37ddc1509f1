package uz.ultramarket.orders.delivery;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import uz.ultramarket.accounts.addresses.Region;
import uz.ultramarket.core.cache.RecentValues;
import uz.ultramarket.core.money.Money;

/**
 * The stored delivery settings (tables {@code delivery_rate}, {@code delivery_setting}, {@code pickup_point}): read whole
 * and kept for a minute, since they change only when staff edit them and checkout reads them on every order.
 */
public final class DeliveryRates {

    /** What {@code method} costs and takes to {@code region}; its presence means the method is offered there. */
    public record Rate(DeliveryMethod method, Region region, Money fee, int daysMin, int daysMax) {}

    /** Every rate by region (in method order), the free-delivery threshold and the active pickup points by region. */
    public record Settings(Map<Region, List<Rate>> rates, Money freeFrom, Map<Region, List<PickupPoint>> pickupPoints) {

        public List<Rate> ratesOf(Region region) {
            return rates.getOrDefault(region, List.of());
        }

        public List<PickupPoint> pickupPointsOf(Region region) {
            return pickupPoints.getOrDefault(region, List.of());
        }
    }

    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final RecentValues<String, Settings> kept;

    public DeliveryRates(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.kept = new RecentValues<>(clock, KEPT_FOR, 1);
    }

    public Settings current() {
        return kept.get("settings", this::read);
    }

    private Settings read() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            var rates = new EnumMap<Region, List<Rate>>(Region.class);
            try (var rows = statement.executeQuery("SELECT method, region, fee, days_min, days_max FROM delivery_rate")) {
                while (rows.next()) {
                    var region = Region.of(rows.getString("region"));
                    rates.computeIfAbsent(region, r -> new ArrayList<>()).add(new Rate(DeliveryMethod.of(rows.getString("method")),
                            region, Money.ofTiyin(rows.getLong("fee")), rows.getInt("days_min"), rows.getInt("days_max")));
                }
            }
            rates.values().forEach(list -> list.sort(java.util.Comparator.comparing(Rate::method)));
            Money freeFrom;
            try (var rows = statement.executeQuery("SELECT free_from FROM delivery_setting")) {
                if (!rows.next()) throw new IllegalStateException("delivery_setting has no row");
                freeFrom = Money.ofTiyin(rows.getLong(1));
            }
            var points = new EnumMap<Region, List<PickupPoint>>(Region.class);
            try (var rows = statement.executeQuery(
                    "SELECT id, region, name, address, hours FROM pickup_point WHERE active ORDER BY region, position, id")) {
                while (rows.next()) {
                    var region = Region.of(rows.getString("region"));
                    points.computeIfAbsent(region, r -> new ArrayList<>()).add(new PickupPoint(rows.getString("id"), region,
                            rows.getString("name"), rows.getString("address"), rows.getString("hours")));
                }
            }
            return new Settings(rates, freeFrom, points);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the delivery settings failed: " + e.getMessage(), e);
        }
    }
}
