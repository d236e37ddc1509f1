package uz.ultramarket.catalog.product;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Optional;
import uz.ultramarket.core.money.Money;

/** The columns a {@link ProductCard} is read from, over {@code product p}, {@code category c} and {@code brand b}. */
public final class CardColumns {

    public static final String FROM = "product p JOIN category c ON c.id = p.category_id LEFT JOIN brand b ON b.id = p.brand_id";

    private CardColumns() {}

    /** The select list for names in {@code language} (every name column is NOT NULL and non-empty). */
    public static String select(Language language) {
        return "p.id, p.slug, p.name_" + language.code() + " AS name, b.name AS brand, c.slug AS category,"
                + " b.slug AS brand_slug, c.name_" + language.code() + " AS category_name,"
                + " p.price_min, p.compare_at_price, p.in_stock, p.images[1] AS image";
    }

    /** One card from a row selected with {@link #select}. */
    public static ProductCard read(ResultSet row) throws SQLException {
        long compareAt = row.getLong("compare_at_price");
        Optional<Money> compareAtPrice = row.wasNull() ? Optional.empty() : Optional.of(Money.ofTiyin(compareAt));
        return new ProductCard(row.getString("slug"), row.getString("name"), Optional.ofNullable(row.getString("brand")),
                row.getString("category"), Money.ofTiyin(row.getLong("price_min")), compareAtPrice,
                row.getBoolean("in_stock"), Optional.ofNullable(row.getString("image")),
                Optional.ofNullable(row.getString("brand_slug")), row.getString("category_name"));
    }

    /**
     * Runs {@code statement}, which selects these columns, the row's {@code sort_key} and one row more than
     * {@code pageSize}: that extra row says there is a next page, which starts after the last card kept.
     */
    public static ProductPage readPage(PreparedStatement statement, ProductSort sort, int pageSize) throws SQLException {
        var cards = new ArrayList<ProductCard>();
        PageCursor last = null;
        boolean more = false;
        try (var rows = statement.executeQuery()) {
            while (rows.next()) {
                if (cards.size() == pageSize) {
                    more = true;
                    break;
                }
                cards.add(read(rows));
                last = new PageCursor(sort, rows.getLong("sort_key"), rows.getLong("id"));
            }
        }
        return new ProductPage(cards, more ? Optional.of(last.encode()) : Optional.empty());
    }
}
