package uz.ultramarket.catalog.admin.stock;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Optional;
import javax.inject.Inject;
import javax.sql.DataSource;
import uz.ultramarket.catalog.product.LocalizedText;
import uz.ultramarket.core.db.Transactions;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;

/** SKU stock and its adjustment history in PostgreSQL; the only code of the admin stock function that talks to it. */
public final class StockStore {

    static final int HISTORY = 50;

    private final DataSource dataSource;

    @Inject
    public StockStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<StockView> find(String code) {
        return Transactions.run(dataSource, "Reading a SKU's stock", c -> view(c, code));
    }

    /**
     * Changes stock on hand by {@code change} with one conditional UPDATE — never below what orders hold, however many
     * adjustments and reservations race — and records it, in one transaction.
     *
     * @return the view after the change
     */
    public StockView adjust(String code, int change, String reason, String note, String actor) {
        return Transactions.run(dataSource, "Adjusting stock", c -> {
            long skuId;
            long productId;
            long onHandAfter;
            try (var update = c.prepareStatement("""
                    UPDATE sku SET stock_on_hand = stock_on_hand + ?
                     WHERE code = ? AND stock_on_hand + ? >= stock_reserved RETURNING id, product_id, stock_on_hand""")) {
                update.setInt(1, change);
                update.setString(2, code);
                update.setInt(3, change);
                try (var rows = update.executeQuery()) {
                    if (!rows.next()) throw refused(c, code, change);
                    skuId = rows.getLong(1);
                    productId = rows.getLong(2);
                    onHandAfter = rows.getLong(3);
                }
            }
            try (var insert = c.prepareStatement("""
                    INSERT INTO stock_adjustment (sku_id, change, reason, note, actor, on_hand_after) VALUES (?, ?, ?, ?, ?, ?)""")) {
                insert.setLong(1, skuId);
                insert.setInt(2, change);
                insert.setString(3, reason);
                insert.setString(4, note);
                insert.setString(5, actor);
                insert.setLong(6, onHandAfter);
                insert.executeUpdate();
            }
            // whether the product can be sold may have changed
            try (var offer = c.prepareStatement("SELECT refresh_product_offer(ARRAY[?]::bigint[])")) {
                offer.setLong(1, productId);
                offer.execute();
            }
            return view(c, code).orElseThrow();
        });
    }

    /** Why the UPDATE changed nothing: no such SKU (404), or it would leave less on hand than is held (409). */
    private static ApiException refused(Connection c, String code, int change) throws SQLException {
        try (var select = c.prepareStatement("SELECT stock_on_hand, stock_reserved FROM sku WHERE code = ?")) {
            select.setString(1, code);
            try (var rows = select.executeQuery()) {
                if (!rows.next()) return ApiException.notFound("There is no SKU " + code + ".");
                return ApiException.conflict("On hand would be " + (rows.getLong(1) + change) + ", below the "
                        + rows.getLong(2) + " units held for orders.",
                        new FieldError("change", "would leave less on hand than orders hold (" + rows.getLong(2) + ")"));
            }
        }
    }

    private static Optional<StockView> view(Connection c, String code) throws SQLException {
        long skuId;
        long productId;
        LocalizedText name;
        long onHand;
        long reserved;
        try (var select = c.prepareStatement("""
                SELECT s.id, s.product_id, p.name_uz, p.name_ru, p.name_en, s.stock_on_hand, s.stock_reserved
                  FROM sku s JOIN product p ON p.id = s.product_id WHERE s.code = ?""")) {
            select.setString(1, code);
            try (var rows = select.executeQuery()) {
                if (!rows.next()) return Optional.empty();
                skuId = rows.getLong(1);
                productId = rows.getLong(2);
                name = LocalizedText.of(rows.getString(3), rows.getString(4), rows.getString(5));
                onHand = rows.getLong(6);
                reserved = rows.getLong(7);
            }
        }
        var history = new ArrayList<StockView.Adjustment>();
        try (var select = c.prepareStatement("""
                SELECT at, change, reason, note, actor, on_hand_after FROM stock_adjustment
                 WHERE sku_id = ? ORDER BY at DESC, id DESC LIMIT ?""")) {
            select.setLong(1, skuId);
            select.setInt(2, HISTORY);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    history.add(new StockView.Adjustment(rows.getTimestamp(1).toInstant(), rows.getInt(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getLong(6)));
                }
            }
        }
        return Optional.of(new StockView(code, productId, name, onHand, reserved, onHand - reserved, history));
    }
}
