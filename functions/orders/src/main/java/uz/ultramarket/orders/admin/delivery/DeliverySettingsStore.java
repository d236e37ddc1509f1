package uz.ultramarket.orders.admin.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Optional;
import javax.inject.Inject;
import javax.sql.DataSource;
import uz.ultramarket.core.db.Transactions;
import uz.ultramarket.core.id.Digests;
import uz.ultramarket.core.json.Json;

/** Reads and replaces the stored delivery settings (tables {@code delivery_rate}, {@code delivery_setting}, {@code pickup_point}). */
public final class DeliverySettingsStore {

    private final DataSource dataSource;

    @Inject
    public DeliverySettingsStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DeliverySettings read() {
        return Transactions.run(dataSource, "reading the delivery settings", connection -> read(connection, false));
    }

    /** The settings as they were and as they are after a save. */
    public record Saved(DeliverySettings before, DeliverySettings after) {}

    /**
     * Replaces every setting with {@code next} if the stored ones are still at {@code expectedVersion} (the settings row
     * is locked meanwhile): the settings before and after, read in the same transaction, or empty when someone saved first.
     */
    public Optional<Saved> replace(DeliverySettings next, String expectedVersion) {
        return Transactions.run(dataSource, "saving the delivery settings", connection -> {
            var before = read(connection, true);
            if (!before.version().equals(expectedVersion)) return Optional.empty();
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM delivery_rate");
            }
            try (var insert = connection.prepareStatement(
                    "INSERT INTO delivery_rate (method, region, fee, days_min, days_max) VALUES (?, ?, ?, ?, ?)")) {
                for (var rate : next.rates()) {
                    insert.setString(1, rate.method());
                    insert.setString(2, rate.region());
                    insert.setLong(3, rate.fee());
                    insert.setInt(4, rate.daysMin());
                    insert.setInt(5, rate.daysMax());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (var update = connection.prepareStatement("UPDATE delivery_setting SET free_from = ?")) {
                update.setLong(1, next.freeFrom());
                update.executeUpdate();
            }
            // points are kept, not deleted: orders placed for pickup name them
            try (var upsert = connection.prepareStatement("""
                    INSERT INTO pickup_point (id, region, name, address, hours, position, active) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET region = excluded.region, name = excluded.name, address = excluded.address,
                        hours = excluded.hours, position = excluded.position, active = excluded.active""")) {
                for (var point : next.pickupPoints()) {
                    upsert.setString(1, point.id());
                    upsert.setString(2, point.region());
                    upsert.setString(3, point.name());
                    upsert.setString(4, point.address());
                    upsert.setString(5, point.hours());
                    upsert.setInt(6, point.position());
                    upsert.setBoolean(7, point.active());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return Optional.of(new Saved(before, read(connection, false)));
        });
    }

    private static DeliverySettings read(Connection connection, boolean lock) throws SQLException {
        try (var statement = connection.createStatement()) {
            long freeFrom;
            try (var rows = statement.executeQuery("SELECT free_from FROM delivery_setting" + (lock ? " FOR UPDATE" : ""))) {
                if (!rows.next()) throw new IllegalStateException("delivery_setting has no row");
                freeFrom = rows.getLong(1);
            }
            var rates = new ArrayList<DeliverySettings.Rate>();
            try (var rows = statement.executeQuery("SELECT method, region, fee, days_min, days_max FROM delivery_rate ORDER BY region, method")) {
                while (rows.next()) {
                    rates.add(new DeliverySettings.Rate(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getInt(4), rows.getInt(5)));
                }
            }
            var points = new ArrayList<DeliverySettings.Point>();
            try (var rows = statement.executeQuery(
                    "SELECT id, region, name, address, hours, position, active FROM pickup_point ORDER BY region, position, id")) {
                while (rows.next()) {
                    points.add(new DeliverySettings.Point(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getInt(6), rows.getBoolean(7)));
                }
            }
            var content = new DeliverySettings(freeFrom, rates, points, "");
            return new DeliverySettings(freeFrom, rates, points, Digests.sha256Hex(Json.write(content)).substring(0, 16));
        }
    }
}
