package uz.ultramarket.catalog.browse.products;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.sql.DataSource;
import uz.ultramarket.catalog.browse.products.Facets.AttributeFacet;
import uz.ultramarket.catalog.browse.products.Facets.BrandCount;
import uz.ultramarket.catalog.browse.products.Facets.PriceRange;
import uz.ultramarket.catalog.browse.products.Facets.ValueCount;
import uz.ultramarket.catalog.product.AttributeDictionary;
import uz.ultramarket.catalog.product.FilterClause;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.core.money.Money;

/**
 * Facet counts over the products a listing shows: the same {@link FilterClause}, narrowed to the search's matches when
 * there is a query. Attribute values are a product's own attributes and the options its SKUs offer, each product
 * counted once per value.
 */
public final class FacetStore {

    private static final String BRANDS = """
            SELECT b.slug, b.name, count(*) AS products
              FROM product p JOIN brand b ON b.id = p.brand_id
             WHERE %s
             GROUP BY b.slug, b.name
             ORDER BY products DESC, b.name, b.slug""";

    private static final String PRICE = "SELECT min(p.price_min), max(p.price_min) FROM product p WHERE %s";

    private static final String ATTRIBUTES = """
            WITH scope AS (SELECT p.id, p.attributes, p.offered_options FROM product p WHERE %s),
            facts AS (
                SELECT s.id, a.key, a.value FROM scope s, jsonb_each(s.attributes) AS a
                UNION
                SELECT s.id, o.key, v.value FROM scope s, jsonb_each(s.offered_options) AS o,
                       jsonb_array_elements(CASE WHEN jsonb_typeof(o.value) = 'array' THEN o.value ELSE '[]' END) AS v)
            SELECT key, value #>> '{}' AS value, jsonb_typeof(value) AS type, count(*) AS products
              FROM facts
             WHERE jsonb_typeof(value) IN ('string', 'number', 'boolean')
             GROUP BY key, value""";

    private final DataSource dataSource;

    @Inject
    public FacetStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The attribute definitions in {@code language}: to type filter values and to name facets. */
    public AttributeDictionary dictionary(Language language) {
        try (Connection connection = dataSource.getConnection()) {
            return AttributeDictionary.load(connection, language);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the attribute definitions failed: " + e.getMessage(), e);
        }
    }

    /**
     * @param matching when present, only these product ids (a search's matches) count
     * @throws uz.ultramarket.catalog.product.UnknownCategoryException for a category filter naming no category
     */
    public Facets facets(ProductFilters filters, Optional<List<Long>> matching, AttributeDictionary dictionary) {
        if (matching.isPresent() && matching.get().isEmpty()) return Facets.NONE;
        try (Connection connection = dataSource.getConnection()) {
            var where = FilterClause.of(filters, connection);
            String scope = where.sql() + (matching.isPresent() ? " AND p.id = ANY(?)" : "");
            var brands = new ArrayList<BrandCount>();
            try (var statement = prepare(connection, BRANDS.formatted(scope), where, matching);
                 var rows = statement.executeQuery()) {
                while (rows.next()) brands.add(new BrandCount(rows.getString(1), rows.getString(2), rows.getLong(3)));
            }
            Optional<PriceRange> price = Optional.empty();
            try (var statement = prepare(connection, PRICE.formatted(scope), where, matching);
                 var rows = statement.executeQuery()) {
                if (rows.next()) {
                    long min = rows.getLong(1);
                    if (!rows.wasNull()) price = Optional.of(new PriceRange(Money.ofTiyin(min), Money.ofTiyin(rows.getLong(2))));
                }
            }
            record Count(String value, String type, long products) {}
            var counts = new LinkedHashMap<String, List<Count>>();
            try (var statement = prepare(connection, ATTRIBUTES.formatted(scope), where, matching);
                 var rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.computeIfAbsent(rows.getString("key"), k -> new ArrayList<>())
                            .add(new Count(rows.getString("value"), rows.getString("type"), rows.getLong("products")));
                }
            }
            var attributes = new ArrayList<AttributeFacet>();
            counts.keySet().stream().filter(key -> dictionary.find(key).isPresent())
                    .sorted(Comparator.comparingInt(dictionary::position).thenComparing(Comparator.naturalOrder()))
                    .forEach(key -> {
                        var definition = dictionary.find(key).orElseThrow();
                        var options = new ArrayList<>(definition.labels().keySet());
                        Comparator<Count> order = switch (definition.kind()) {
                            case "number" -> Comparator.comparing(c -> numberOrMax(c.value()));
                            case "option" -> Comparator.comparingInt(c -> {
                                int i = options.indexOf(c.value());
                                return i < 0 ? Integer.MAX_VALUE : i;
                            });
                            default -> Comparator.comparing(Count::value).reversed();
                        };
                        var values = counts.get(key).stream().sorted(order.thenComparing(Count::value))
                                .map(c -> new ValueCount(c.value(), dictionary.label(key, c.value()), c.products())).toList();
                        attributes.add(new AttributeFacet(key, definition.name(), values));
                    });
            return new Facets(brands, attributes, price);
        } catch (SQLException e) {
            throw new IllegalStateException("Counting facets failed: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, FilterClause where,
                                             Optional<List<Long>> matching) throws SQLException {
        var statement = connection.prepareStatement(sql);
        int index = where.bind(statement, 1);
        if (matching.isPresent()) statement.setArray(index, connection.createArrayOf("bigint", matching.get().toArray()));
        return statement;
    }

    private static BigDecimal numberOrMax(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(Long.MAX_VALUE);
        }
    }
}
