package uz.ultramarket.catalog.browse.products;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.sql.DataSource;
import uz.ultramarket.catalog.browse.products.Facets.AttributeFacet;
import uz.ultramarket.catalog.browse.products.Facets.BrandCount;
import uz.ultramarket.catalog.browse.products.Facets.PriceRange;
import uz.ultramarket.catalog.browse.products.Facets.ValueCount;
import uz.ultramarket.catalog.product.AttributeDictionary;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.catalog.product.ProductScope;
import uz.ultramarket.catalog.product.UnknownCategoryException;
import uz.ultramarket.core.cache.RecentValues;
import uz.ultramarket.core.db.Transactions;
import uz.ultramarket.core.money.Money;

/**
 * Facet counts over the products a listing shows. A whole category (or the whole catalog), all or in stock only, is
 * read from the counts {@code refresh_catalog_facets()} keeps (V3__catalog_facet_summary.sql); anything narrower is
 * counted live over its {@link ProductScope}. Attribute values are a product's own attributes and the options its SKUs
 * offer, each product counted once per value; they are counted only within a category, where they mean something
 * ("memory" for phones, "capacity" for fridges) — across the whole catalog they would be a list of everything.
 */
@Singleton
public final class FacetStore {

    /** As long as a listing may be cached (Cache-Control max-age=60): definitions change only with the admin. */
    static final Duration DICTIONARY_AGE = Duration.ofSeconds(60);

    // every facet query answers rows (facet, key, value, type, products): brand (slug, name), price (min, max),
    // attribute (key, value as JSON text, JSON type)
    private static final String LIVE = """
            WITH scope AS MATERIALIZED (%s)
            SELECT 'brand' AS facet, b.slug AS key, b.name AS value, '' AS type, count(*) AS products
              FROM scope s JOIN brand b ON b.id = s.brand_id GROUP BY b.slug, b.name
            UNION ALL
            SELECT 'price', min(s.price_min)::text, max(s.price_min)::text, '', count(*) FROM scope s HAVING count(*) > 0
            """;

    private static final String LIVE_ATTRIBUTES = """
            UNION ALL
            SELECT 'attribute', key, value #>> '{}', jsonb_typeof(value), count(*)
              FROM (SELECT s.id, a.key, a.value FROM scope s JOIN product p ON p.id = s.id, jsonb_each(p.attributes) AS a
                    UNION
                    SELECT s.id, o.key, v.value FROM scope s JOIN product p ON p.id = s.id, jsonb_each(p.offered_options) AS o,
                           jsonb_array_elements(CASE WHEN jsonb_typeof(o.value) = 'array' THEN o.value ELSE '[]' END) AS v
                   ) facts
             WHERE jsonb_typeof(value) IN ('string', 'number', 'boolean')
             GROUP BY key, value
            """;

    // %1$s is products or in_stock_products, %2$s/%3$s the matching price columns of catalog_scope
    private static final String SUMMARY = """
            SELECT 'brand' AS facet, b.slug AS key, b.name AS value, '' AS type, f.%1$s AS products
              FROM catalog_facet f JOIN brand b ON b.id = f.key::bigint
             WHERE f.scope_id = ? AND f.facet = 'brand' AND f.%1$s > 0
            UNION ALL
            SELECT 'price', %2$s::text, %3$s::text, '', %1$s FROM catalog_scope WHERE scope_id = ? AND %1$s > 0
            UNION ALL
            SELECT 'attribute', f.key, f.value, f.value_type, f.%1$s
              FROM catalog_facet f
             WHERE f.scope_id = ? AND f.facet = 'attribute' AND f.%1$s > 0 AND ?
            """;
    private static final String ALL = SUMMARY.formatted("products", "price_min", "price_max");
    private static final String IN_STOCK = SUMMARY.formatted("in_stock_products", "in_stock_price_min", "in_stock_price_max");

    private final DataSource dataSource;
    private final RecentValues<Language, AttributeDictionary> dictionaries;

    @Inject
    public FacetStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.dictionaries = new RecentValues<>(clock, DICTIONARY_AGE, Language.values().length);
    }

    /** The attribute definitions in {@code language}, to type filter values and to name facets; re-read each minute. */
    public AttributeDictionary dictionary(Language language) {
        return dictionaries.get(language, () -> {
            try (Connection connection = dataSource.getConnection()) {
                return AttributeDictionary.load(connection, language);
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the attribute definitions failed: " + e.getMessage(), e);
            }
        });
    }


    /**
     * The facets of a browse: counted ahead for a whole category or the catalog (all or in stock), live otherwise.
     *
     * @throws UnknownCategoryException for a category filter naming no category
     */
    public Facets facets(ProductFilters filters, AttributeDictionary dictionary) {
        boolean wholeScope = filters.brands().isEmpty() && filters.minPrice().isEmpty() && filters.maxPrice().isEmpty()
                && filters.attributes().isEmpty();
        if (!wholeScope) return facets(ProductScope.filtered(filters), filters.category().isPresent(), dictionary);
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(filters.inStock() ? IN_STOCK : ALL)) {
            long scope = filters.category().isPresent() ? categoryId(connection, filters.category().get()) : 0;
            statement.setLong(1, scope);
            statement.setLong(2, scope);
            statement.setLong(3, scope);
            statement.setBoolean(4, filters.category().isPresent());
            return read(statement, dictionary);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading facet counts failed: " + e.getMessage(), e);
        }
    }

    /**
     * The facets of exactly the products in {@code scope}, counted now.
     *
     * @param attributes whether to count attribute values too (the listing is within a category)
     * @throws UnknownCategoryException for a category filter naming no category
     */
    public Facets facets(ProductScope scope, boolean attributes, AttributeDictionary dictionary) {
        // in a transaction: a scope may SET LOCAL what its SQL needs (a search's typo tolerance)
        return Transactions.run(dataSource, "Counting facets", connection -> {
            var query = scope.on(connection);
            try (var statement = connection.prepareStatement(LIVE.formatted(query.sql()) + (attributes ? LIVE_ATTRIBUTES : ""))) {
                query.binder().bind(statement);
                return read(statement, dictionary);
            }
        });
    }

    private static long categoryId(Connection connection, String slug) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT id FROM category WHERE slug = ?")) {
            statement.setString(1, slug);
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) throw new UnknownCategoryException(slug);
                return rows.getLong(1);
            }
        }
    }

    private static Facets read(PreparedStatement statement, AttributeDictionary dictionary) throws SQLException {
        record Count(String value, String type, long products) {}
        var brands = new ArrayList<BrandCount>();
        Optional<PriceRange> price = Optional.empty();
        var counts = new LinkedHashMap<String, List<Count>>();
        try (var rows = statement.executeQuery()) {
            while (rows.next()) {
                String key = rows.getString("key");
                String value = rows.getString("value");
                long products = rows.getLong("products");
                switch (rows.getString("facet")) {
                    case "brand" -> brands.add(new BrandCount(key, value, products));
                    case "price" -> price = Optional.of(new PriceRange(Money.ofTiyin(Long.parseLong(key)),
                            Money.ofTiyin(Long.parseLong(value))));
                    default -> counts.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Count(value, rows.getString("type"), products));
                }
            }
        }
        brands.sort(Comparator.comparingLong(BrandCount::count).reversed().thenComparing(BrandCount::name)
                .thenComparing(BrandCount::slug));
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
    }

    private static BigDecimal numberOrMax(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(Long.MAX_VALUE);
        }
    }
}
