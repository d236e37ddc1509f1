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
        var keyset = KeysetOrder.of(sort);
        String afterCursor = after.isPresent() ? " AND " + keyset.after() : "";
        FilterClause where;
        String sql;
        java.sql.Array categories = null;
        if (filters.category().isPresent()) {
            // each category's own index gives its first rows in order; the page is the best of those. One index scan
            // over "category = ANY(…)" would have to sort all of a parent category's products, and the global sort
            // index would walk past every cheaper product of other categories first.
            categories = FilterClause.categoryAndDescendants(filters.category().get(), connection);
            where = FilterClause.of(filters.inAnyCategory(), connection);
            sql = prefix + "WITH page AS (SELECT p.id, p.sort_key FROM unnest(?::bigint[]) AS scope (category_id)"
                    + " CROSS JOIN LATERAL (SELECT p.id, p.popularity, p.price_min, p.created_at, " + keyset.key()
                    + " AS sort_key FROM product p WHERE p.category_id = scope.category_id AND " + where.sql() + afterCursor
                    + " ORDER BY " + keyset.orderBy() + " LIMIT ?) p ORDER BY " + keyset.orderBy() + " LIMIT ?)"
                    + " SELECT " + CardColumns.select(language) + ", page.sort_key FROM page JOIN " + CardColumns.FROM
                    + " ON p.id = page.id ORDER BY " + keyset.orderBy();
        } else {
            where = FilterClause.of(filters, connection);
            sql = prefix + "SELECT " + CardColumns.select(language) + ", " + keyset.key() + " AS sort_key FROM "
                    + CardColumns.FROM + " WHERE " + where.sql() + afterCursor + " ORDER BY " + keyset.orderBy() + " LIMIT ?";
        }
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = 1;
        if (categories != null) statement.setArray(index++, categories);
        index = where.bind(statement, index);
        if (after.isPresent()) {
            statement.setLong(index++, after.get().key());
            statement.setLong(index++, after.get().id());
        }
        statement.setInt(index++, pageSize + 1);
        if (categories != null) statement.setInt(index, pageSize + 1);
        return statement;
    }
}
