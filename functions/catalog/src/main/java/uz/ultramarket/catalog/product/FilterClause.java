package uz.ultramarket.catalog.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uz.ultramarket.core.json.Json;

/**
 * {@link ProductFilters} as SQL over {@code product p}: conditions joined with AND, each value a bound parameter.
 * Always restricts to what a shopper may see: active products that have a price. The category slug is resolved
 * here to the ids of it and its descendants, so the listing indexes see a plain {@code category_id = ANY(?)}.
 */
public record FilterClause(String sql, List<Object> parameters) {

    private static final String CATEGORY_AND_DESCENDANTS = """
            WITH RECURSIVE tree AS (
                SELECT id FROM category WHERE slug = ?
                UNION ALL
                SELECT c.id FROM category c JOIN tree ON c.parent_id = tree.id)
            SELECT array_agg(id) FROM tree""";

    /** @throws UnknownCategoryException when the category filter names no category */
    public static FilterClause of(ProductFilters filters, Connection connection) throws SQLException {
        var sql = new StringBuilder("p.status = 'active' AND p.price_min IS NOT NULL");
        var parameters = new ArrayList<>();
        if (filters.category().isPresent()) {
            sql.append(" AND p.category_id = ANY(?)");
            parameters.add(categoryAndDescendants(filters.category().get(), connection));
        }
        if (!filters.brands().isEmpty()) {
            sql.append(" AND p.brand_id IN (SELECT id FROM brand WHERE slug = ANY(?))");
            parameters.add(connection.createArrayOf("text", filters.brands().toArray()));
        }
        filters.minPrice().ifPresent(min -> {
            sql.append(" AND p.price_min >= ?");
            parameters.add(min.tiyin());
        });
        filters.maxPrice().ifPresent(max -> {
            sql.append(" AND p.price_min <= ?");
            parameters.add(max.tiyin());
        });
        if (filters.inStock()) sql.append(" AND p.in_stock");
        for (AttributeFilter attribute : filters.attributes()) {
            // a product fact ({"color": "black"}) or one of the values its SKUs offer ({"color": ["black", …]})
            var anyOf = new ArrayList<String>();
            for (Object value : attribute.anyOf()) {
                anyOf.add("p.attributes @> ?::jsonb OR p.offered_options @> ?::jsonb");
                parameters.add(Json.write(Map.of(attribute.key(), value)));
                parameters.add(Json.write(Map.of(attribute.key(), List.of(value))));
            }
            sql.append(" AND (").append(String.join(" OR ", anyOf)).append(')');
        }
        return new FilterClause(sql.toString(), parameters);
    }

    /** Binds the parameters from {@code index} on and answers the next free index. */
    public int bind(PreparedStatement statement, int index) throws SQLException {
        for (Object parameter : parameters) statement.setObject(index++, parameter);
        return index;
    }

    /**
     * The ids of the category {@code slug} and of every category below it.
     *
     * @throws UnknownCategoryException when no category has that slug
     */
    public static java.sql.Array categoryAndDescendants(String slug, Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement(CATEGORY_AND_DESCENDANTS)) {
            statement.setString(1, slug);
            try (var rows = statement.executeQuery()) {
                rows.next();
                java.sql.Array ids = rows.getArray(1);
                if (ids == null) throw new UnknownCategoryException(slug);
                return connection.createArrayOf("bigint", (Object[]) ids.getArray());
            }
        }
    }
}
