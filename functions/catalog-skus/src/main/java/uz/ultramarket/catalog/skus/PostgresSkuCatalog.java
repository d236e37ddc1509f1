package uz.ultramarket.catalog.skus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import uz.ultramarket.core.db.Transactions;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.money.Money;

/** The catalog's SKUs over its PostgreSQL database: tables {@code sku}, {@code product}, {@code attribute*} and {@code stock_reservation}. */
public final class PostgresSkuCatalog implements SkuCatalog {

    /** More codes than a cart or an order can hold is a caller's bug, not a query to run. */
    private static final int MAX_CODES = 200;

    private static final Set<String> LANGUAGES = Set.of("uz", "ru", "en");
    private static final java.util.regex.Pattern RESERVATION_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");

    // one indexed query: the SKUs by code, their product, and each option's name and label in the language
    private static final String LOOK_UP = """
            SELECT s.code, p.slug, p.name_%1$s AS name, p.images[1] AS image, p.status, s.price, s.compare_at_price,
                   s.stock_on_hand - s.stock_reserved AS sellable, s.ikpu, s.vat_percent, s.package_code,
                   (SELECT coalesce(jsonb_agg(jsonb_build_object(
                               'key', o.key, 'name', coalesce(a.name_%1$s, o.key), 'value', o.value,
                               'label', coalesce(ao.name_%1$s,
                                                 CASE WHEN a.unit IS NOT NULL THEN (o.value #>> '{}') || ' ' || a.unit END,
                                                 o.value #>> '{}'))
                               ORDER BY coalesce(a.position, 2147483647), o.key), '[]'::jsonb)
                      FROM jsonb_each(s.options) o
                      LEFT JOIN attribute a ON a.key = o.key
                      LEFT JOIN attribute_option ao ON ao.attribute_key = o.key AND ao.value = o.value #>> '{}')::text AS options
              FROM sku s JOIN product p ON p.id = s.product_id
             WHERE s.code = ANY (?)""";

    // rows locked in id order, so two reservations over the same SKUs queue instead of deadlocking
    private static final String LOCK_SKUS = """
            SELECT id, code, stock_on_hand - stock_reserved AS sellable FROM sku WHERE code = ANY (?) ORDER BY id FOR UPDATE""";
    private static final String HOLDS = "SELECT 1 FROM stock_reservation WHERE reservation_id = ? LIMIT 1";
    private static final String RAISE_RESERVED = """
            UPDATE sku SET stock_reserved = stock_reserved + x.quantity
              FROM unnest(?::bigint[], ?::int[]) AS x (id, quantity) WHERE sku.id = x.id""";
    private static final String RECORD = """
            INSERT INTO stock_reservation (reservation_id, sku_id, quantity)
            SELECT ?, x.id, x.quantity FROM unnest(?::bigint[], ?::int[]) AS x (id, quantity)""";
    // the SKUs of a reservation's rows in one state, locked in the same id order as reserve locks them
    private static final String LOCK_IN_STATE = """
            SELECT s.id FROM sku s WHERE s.id IN (SELECT sku_id FROM stock_reservation WHERE reservation_id = ? AND state = ?)
             ORDER BY s.id FOR UPDATE""";
    // each step below moves rows out of one state, re-read after the locks: a racing step that won has committed by
    // then, its rows are in another state, and the loser moves nothing (no row, no stock changed, false)
    private static final String GIVE_BACK = """
            WITH released AS (DELETE FROM stock_reservation WHERE reservation_id = ? AND state = 'held' RETURNING sku_id, quantity)
            UPDATE sku SET stock_reserved = stock_reserved - r.quantity FROM released r WHERE sku.id = r.sku_id""";
    private static final String TAKE = """
            WITH taken AS (UPDATE stock_reservation SET state = 'taken', changed_at = now()
                            WHERE reservation_id = ? AND state = 'held' RETURNING sku_id, quantity)
            UPDATE sku SET stock_on_hand = stock_on_hand - t.quantity, stock_reserved = stock_reserved - t.quantity
              FROM taken t WHERE sku.id = t.sku_id""";
    private static final String RESTOCK = """
            WITH returned AS (UPDATE stock_reservation SET state = 'returned', changed_at = now()
                               WHERE reservation_id = ? AND state = 'taken' RETURNING sku_id, quantity)
            UPDATE sku SET stock_on_hand = stock_on_hand + r.quantity FROM returned r WHERE sku.id = r.sku_id""";
    // one reservation's rows share reserved_at (one transaction's now()); the id breaks ties so pages are stable
    private static final String HELD_BETWEEN = """
            SELECT reservation_id FROM stock_reservation WHERE state = 'held' AND reserved_at >= ? AND reserved_at < ?
             GROUP BY reservation_id ORDER BY min(reserved_at), reservation_id LIMIT ?""";

    private final DataSource dataSource;

    public PostgresSkuCatalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<String, SkuOffer> lookUp(Collection<String> codes, String language) {
        if (!LANGUAGES.contains(language)) throw new IllegalArgumentException("language must be uz, ru or en, not " + language);
        var distinct = new LinkedHashSet<>(codes);
        if (distinct.size() > MAX_CODES) throw new IllegalArgumentException("at most " + MAX_CODES + " codes at once");
        if (distinct.isEmpty()) return Map.of();
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(LOOK_UP.formatted(language))) {
            statement.setArray(1, connection.createArrayOf("text", distinct.toArray()));
            var offers = new HashMap<String, SkuOffer>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    long compareAt = rows.getLong("compare_at_price");
                    Optional<Money> compareAtPrice = rows.wasNull() ? Optional.empty() : Optional.of(Money.ofTiyin(compareAt));
                    var offer = new SkuOffer(rows.getString("code"), rows.getString("slug"), rows.getString("name"),
                            Optional.ofNullable(rows.getString("image")), options(rows.getString("options")),
                            Money.ofTiyin(rows.getLong("price")), compareAtPrice, rows.getInt("sellable"),
                            SkuOffer.ProductStatus.of(rows.getString("status")), rows.getString("ikpu"),
                            rows.getInt("vat_percent"), Optional.ofNullable(rows.getString("package_code")));
                    offers.put(offer.code(), offer);
                }
            }
            return offers;
        } catch (SQLException e) {
            throw new IllegalStateException("Looking up SKUs failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Reservation reserve(String reservationId, Map<String, Integer> quantities) {
        if (!RESERVATION_ID.matcher(reservationId).matches()) throw new IllegalArgumentException("bad reservation id " + reservationId);
        if (quantities.isEmpty()) throw new IllegalArgumentException("nothing to reserve");
        quantities.forEach((code, quantity) -> {
            if (quantity == null || quantity <= 0) throw new IllegalArgumentException("quantity of " + code + " must be positive");
        });
        return Transactions.run(dataSource, "Reserving stock for " + reservationId, connection -> {
            var ids = new HashMap<String, Long>();
            var sellable = new HashMap<String, Integer>();
            try (var statement = connection.prepareStatement(LOCK_SKUS)) {
                statement.setArray(1, connection.createArrayOf("text", quantities.keySet().toArray()));
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString("code"), rows.getLong("id"));
                        sellable.put(rows.getString("code"), rows.getInt("sellable"));
                    }
                }
            }
            // read after the locks: a racing reserve under the same id has committed by now, and is seen
            if (holds(connection, reservationId)) return new Reservation.Reserved();
            var shortages = new ArrayList<Shortage>();
            quantities.forEach((code, quantity) -> {
                int canSell = Math.max(0, sellable.getOrDefault(code, 0));
                if (quantity > canSell) shortages.add(new Shortage(code, quantity, canSell));
            });
            if (!shortages.isEmpty()) {
                shortages.sort(java.util.Comparator.comparing(Shortage::sku));
                return new Reservation.Short(shortages);
            }
            Long[] skuIds = quantities.keySet().stream().map(ids::get).toArray(Long[]::new);
            Integer[] units = quantities.keySet().stream().map(quantities::get).toArray(Integer[]::new);
            try (var raise = connection.prepareStatement(RAISE_RESERVED); var record = connection.prepareStatement(RECORD)) {
                raise.setArray(1, connection.createArrayOf("bigint", skuIds));
                raise.setArray(2, connection.createArrayOf("integer", units));
                raise.executeUpdate();
                record.setString(1, reservationId);
                record.setArray(2, connection.createArrayOf("bigint", skuIds));
                record.setArray(3, connection.createArrayOf("integer", units));
                record.executeUpdate();
            }
            return new Reservation.Reserved();
        });
    }

    @Override
    public boolean release(String reservationId) {
        return step(reservationId, "held", GIVE_BACK, "Releasing stock of ");
    }

    @Override
    public boolean take(String reservationId) {
        return step(reservationId, "held", TAKE, "Taking stock of ");
    }

    @Override
    public boolean restock(String reservationId) {
        return step(reservationId, "taken", RESTOCK, "Restocking ");
    }

    @Override
    public List<String> heldBetween(Instant from, Instant before, int limit) {
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative, not " + limit);
        if (limit == 0) return List.of();
        try (Connection connection = dataSource.getConnection(); var statement = connection.prepareStatement(HELD_BETWEEN)) {
            statement.setObject(1, from.atOffset(ZoneOffset.UTC));
            statement.setObject(2, before.atOffset(ZoneOffset.UTC));
            statement.setInt(3, limit);
            var ids = new ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Listing held reservations failed: " + e.getMessage(), e);
        }
    }

    /**
     * One step of a reservation in one transaction: its SKUs locked, then {@code move} run on its rows in state
     * {@code from}; true when it moved any.
     */
    private boolean step(String reservationId, String from, String move, String what) {
        return Transactions.run(dataSource, what + reservationId, connection -> {
            try (var lock = connection.prepareStatement(LOCK_IN_STATE)) {
                lock.setString(1, reservationId);
                lock.setString(2, from);
                try (var rows = lock.executeQuery()) {
                    if (!rows.next()) return false;
                }
            }
            try (var statement = connection.prepareStatement(move)) {
                statement.setString(1, reservationId);
                return statement.executeUpdate() > 0;
            }
        });
    }

    private static boolean holds(Connection connection, String reservationId) throws SQLException {
        try (var statement = connection.prepareStatement(HOLDS)) {
            statement.setString(1, reservationId);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static List<SkuOffer.SkuOption> options(String json) {
        JsonNode array;
        try {
            array = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored options are not JSON: " + e.getMessage(), e);
        }
        var options = new ArrayList<SkuOffer.SkuOption>();
        for (JsonNode option : array) {
            JsonNode value = option.path("value");
            Object typed = value.isBoolean() ? value.booleanValue() : value.isNumber() ? value.numberValue() : value.asText();
            options.add(new SkuOffer.SkuOption(option.path("key").asText(), option.path("name").asText(), typed,
                    option.path("label").asText()));
        }
        return options;
    }
}
