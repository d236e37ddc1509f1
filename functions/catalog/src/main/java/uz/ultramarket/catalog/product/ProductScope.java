package uz.ultramarket.catalog.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A set of listed products as SQL, for counting facets over: a SELECT of {@code id}, {@code brand_id} and
 * {@code price_min} (a browse's filters, or a search's matches), built on the connection that will run it.
 */
@FunctionalInterface
public interface ProductScope {

    Query on(Connection connection) throws SQLException;

    /** {@code binder} binds the SELECT's parameters from index 1 and answers the next free index. */
    record Query(String sql, Binder binder) {}

    @FunctionalInterface
    interface Binder {
        int bind(PreparedStatement statement) throws SQLException;
    }

    /** The products {@code filters} let through. */
    static ProductScope filtered(ProductFilters filters) {
        return connection -> {
            var where = FilterClause.of(filters, connection);
            return new Query("SELECT p.id, p.brand_id, p.price_min FROM product p WHERE " + where.sql(),
                    statement -> where.bind(statement, 1));
        };
    }
}
