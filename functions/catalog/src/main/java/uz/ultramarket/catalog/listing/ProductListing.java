package uz.ultramarket.catalog.listing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import uz.ultramarket.catalog.product.CardColumns;
import uz.ultramarket.catalog.product.FilterClause;
import uz.ultramarket.catalog.product.KeysetOrder;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.product.Limits;
import uz.ultramarket.catalog.product.PageCursor;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.catalog.product.ProductPage;
import uz.ultramarket.catalog.product.ProductSort;
import uz.ultramarket.catalog.product.QueryPlan;

/**
 * Browsing without a search query: filtered, sorted, one keyset page at a time. Every (scope, sort) pair reads an index
 * of {@code V2__catalog.sql}, so a page costs the same at 2,000 products or 100,000.
 */
public final class ProductListing {

    private final DataSource dataSource;

    public ProductListing(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param sort   {@link ProductSort#RELEVANCE} means nothing without a query and lists by popularity
     * @param cursor the previous page's {@code nextCursor}
     * @throws uz.ultramarket.catalog.product.UnknownCategoryException for a category filter naming no category
     * @throws PageCursor.InvalidCursorException for a cursor not made by this shop for this sort
     * @throws IllegalArgumentException for a limit outside 1..100
     */
    public ProductPage list(ProductFilters filters, ProductSort sort, Optional<String> cursor, int limit, Language language) {
        ProductSort order = effective(sort);
        int pageSize = Limits.pageSize(limit);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, "", filters, order, cursor, pageSize, language)) {
            return CardColumns.readPage(statement, order, pageSize);
        } catch (SQLException e) {
            throw new IllegalStateException("Listing products failed: " + e.getMessage(), e);
        }
    }

    /** PostgreSQL's plan for {@link #list} with these arguments, run for real ({@code EXPLAIN ANALYZE}). */
    public String explain(ProductFilters filters, ProductSort sort, Optional<String> cursor, int limit, Language language) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, QueryPlan.EXPLAIN, filters, effective(sort), cursor,
                     Limits.pageSize(limit), language)) {
            return QueryPlan.read(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Explaining the listing failed: " + e.getMessage(), e);
        }
    }

    private static ProductSort effective(ProductSort sort) {
        return sort == ProductSort.RELEVANCE ? ProductSort.POPULARITY : sort;
    }

    private static PreparedStatement prepare(Connection connection, String prefix, ProductFilters filters,
                                             ProductSort sort, Optional<String> cursor, int pageSize,
                                             Language language) throws SQLException {
        Optional<PageCursor> after = cursor.map(c -> PageCursor.decode(c, sort));
        var where = FilterClause.of(filters, connection);
        var keyset = KeysetOrder.of(sort);
        String sql = prefix + "SELECT " + CardColumns.select(language) + ", " + keyset.key() + " AS sort_key FROM "
                + CardColumns.FROM + " WHERE " + where.sql() + (after.isPresent() ? " AND " + keyset.after() : "")
                + " ORDER BY " + keyset.orderBy() + " LIMIT ?";
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = where.bind(statement, 1);
        if (after.isPresent()) {
            statement.setLong(index++, after.get().key());
            statement.setLong(index++, after.get().id());
        }
        statement.setInt(index, pageSize + 1);
        return statement;
    }
}
