package uz.ultramarket.catalog.load;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import uz.ultramarket.catalog.load.CatalogData.Attribute;
import uz.ultramarket.catalog.load.CatalogData.Option;
import uz.ultramarket.catalog.load.CatalogData.Product;
import uz.ultramarket.catalog.product.LocalizedText;
import uz.ultramarket.catalog.search.SearchDocument;
import uz.ultramarket.core.db.Transactions;
import uz.ultramarket.core.json.Json;

/**
 * Fills an empty catalog in one transaction with PostgreSQL's COPY, fast enough for 100,000 products. It loads only
 * into an empty catalog, so running it at every start of the local stack is safe: the second run changes nothing.
 * It assigns the ids itself (the tables' identities are BY DEFAULT) and moves the identity sequences past them.
 */
public final class CatalogLoader {

    private static final List<String> TABLES = List.of("category", "brand", "attribute", "product");

    private final DataSource dataSource;

    public CatalogLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a load did; {@code loaded} is false when the catalog already had data and was left alone. */
    public record LoadResult(boolean loaded, int categories, int brands, int products, int skus, Duration took) {}

    /** @throws IllegalArgumentException when an attribute value does not match its attribute's kind */
    public LoadResult load(CatalogData catalog) {
        long started = System.nanoTime();
        var result = Transactions.run(dataSource, "Loading the catalog", connection -> {
            // two loaders starting at once (two local stacks on one database): the second waits, then sees data
            try (var lock = connection.createStatement()) {
                lock.execute("LOCK TABLE category, brand, attribute, product IN EXCLUSIVE MODE");
            }
            if (!isEmpty(connection)) return new LoadResult(false, 0, 0, 0, 0, Duration.ZERO);
            int skus = copy(catalog, connection);
            try (var statement = connection.createStatement()) {
                statement.execute("SELECT refresh_catalog_facets()"); // the new catalog's facet counts (V3)
            }
            return new LoadResult(true, catalog.categories().size(), catalog.brands().size(), catalog.products().size(),
                    skus, Duration.ZERO);
        });
        if (result.loaded()) vacuumAnalyze();
        return new LoadResult(result.loaded(), result.categories(), result.brands(), result.products(), result.skus(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        var anyRow = String.join(" OR ", TABLES.stream().map(t -> "EXISTS (SELECT 1 FROM " + t + ")").toList());
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT " + anyRow)) {
            rows.next();
            return !rows.getBoolean(1);
        }
    }

    private static int copy(CatalogData catalog, Connection connection) throws SQLException {
        var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
        var attributes = new HashMap<String, Attribute>();
        catalog.attributes().forEach(a -> attributes.put(a.key(), a));

        var categoryIds = new HashMap<String, Long>();
        try (var rows = new CopyRows(copyApi, "category (id, slug, parent_id, name_uz, name_ru, name_en, position, search_name)")) {
            for (var category : catalog.categories()) {
                long id = categoryIds.size() + 1L;
                categoryIds.put(category.slug(), id);
                var name = category.name();
                rows.row(id, category.slug(), category.parent().map(parent -> idOf(categoryIds, parent, "category")).orElse(null),
                        name.uz(), name.ru(), name.en(), category.position(), SearchDocument.names(name.uz(), name.ru(), name.en()));
            }
        }
        var brandIds = new HashMap<String, Long>();
        var brandNames = new HashMap<String, String>();
        try (var rows = new CopyRows(copyApi, "brand (id, slug, name, search_name)")) {
            for (var brand : catalog.brands()) {
                long id = brandIds.size() + 1L;
                brandIds.put(brand.slug(), id);
                brandNames.put(brand.slug(), brand.name());
                rows.row(id, brand.slug(), brand.name(), SearchDocument.names(brand.name()));
            }
        }
        try (var rows = new CopyRows(copyApi, "attribute (key, kind, unit, name_uz, name_ru, name_en, position)")) {
            int position = 0;
            for (var attribute : catalog.attributes()) {
                var name = attribute.name();
                rows.row(attribute.key(), attribute.kind().name().toLowerCase(java.util.Locale.ROOT),
                        attribute.unit().orElse(null), name.uz(), name.ru(), name.en(), position++);
            }
        }
        try (var rows = new CopyRows(copyApi, "attribute_option (attribute_key, value, name_uz, name_ru, name_en, position)")) {
            for (var attribute : catalog.attributes()) {
                int position = 0;
                for (var option : attribute.options()) {
                    var name = option.name();
                    rows.row(attribute.key(), option.value(), name.uz(), name.ru(), name.en(), position++);
                }
            }
        }
        try (var rows = new CopyRows(copyApi, "product (id, slug, category_id, brand_id, name_uz, name_ru, name_en,"
                + " description_uz, description_ru, description_en, attributes, images, status, popularity, created_at,"
                + " search_name, search_description)")) {
            long id = 0;
            for (var product : catalog.products()) {
                id++;
                var words = new ArrayList<String>();
                product.attributes().forEach((key, value) -> words.addAll(valueWords(product, attributes, key, value)));
                product.skus().forEach(sku -> sku.options().forEach((key, value) -> words.addAll(valueWords(product, attributes, key, value))));
                var brand = product.brand().map(slug -> brandNames.get(slug)).orElse(null);
                var document = SearchDocument.of(product.name(), brand, product.description(), words);
                var name = product.name();
                var description = product.description();
                rows.row(id, product.slug(), idOf(categoryIds, product.category(), "category"),
                        product.brand().map(slug -> idOf(brandIds, slug, "brand")).orElse(null),
                        name.uz(), name.ru(), name.en(), description.uz(), description.ru(), description.en(),
                        Json.write(product.attributes()), CopyRows.textArray(product.images()),
                        product.status().name().toLowerCase(java.util.Locale.ROOT), product.popularity(),
                        product.createdAt().toString(), document.name(), document.description());
            }
        }
        int skus = 0;
        try (var rows = new CopyRows(copyApi, "sku (id, code, product_id, options, price, compare_at_price,"
                + " stock_on_hand, stock_reserved, ikpu, vat_percent, position)")) {
            long productId = 0;
            for (var product : catalog.products()) {
                productId++;
                int position = 0;
                for (var sku : product.skus()) {
                    skus++;
                    rows.row((long) skus, sku.code(), productId, Json.write(sku.options()), sku.price().tiyin(),
                            sku.compareAtPrice().map(m -> m.tiyin()).orElse(null), sku.stockOnHand(),
                            sku.stockReserved(), sku.ikpu(), sku.vatPercent(), position++);
                }
            }
        }
        try (var statement = connection.createStatement()) {
            for (String table : List.of("category", "brand", "product", "sku")) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
                        + " greatest((SELECT max(id) FROM " + table + "), 1))");
            }
        }
        return skus;
    }

    /** The words a shopper might search an attribute value by: its option names in every language, or the number and unit. */
    private static List<String> valueWords(Product product, Map<String, Attribute> attributes, String key, Object value) {
        Attribute attribute = attributes.get(key);
        if (attribute == null) {
            throw new IllegalArgumentException("product " + product.slug() + " uses attribute '" + key + "', which is not defined");
        }
        return switch (attribute.kind()) {
            case NUMBER -> {
                if (!(value instanceof Integer || value instanceof Long || value instanceof BigDecimal)) {
                    throw typeError(product, key, value, "a number");
                }
                yield List.of(value + attribute.unit().map(unit -> " " + unit).orElse(""));
            }
            case OPTION -> {
                Optional<LocalizedText> name = attribute.options().stream()
                        .filter(o -> o.value().equals(value)).map(Option::name).findFirst();
                if (name.isEmpty()) throw typeError(product, key, value, "one of its options");
                yield List.of(name.get().uz(), name.get().ru(), name.get().en());
            }
            case FLAG -> {
                if (!(value instanceof Boolean)) throw typeError(product, key, value, "true or false");
                yield List.of();
            }
        };
    }

    private static IllegalArgumentException typeError(Product product, String key, Object value, String expected) {
        return new IllegalArgumentException("product " + product.slug() + ": attribute " + key + " must be " + expected
                + ", but is " + value);
    }

    private static long idOf(Map<String, Long> ids, String slug, String what) {
        Long id = ids.get(slug);
        if (id == null) throw new IllegalArgumentException("unknown " + what + " '" + slug + "' (it must come before what uses it)");
        return id;
    }

    /**
     * After a bulk load: VACUUM moves the GIN indexes' pending entries into the indexes proper (until then the planner
     * rightly shuns them) and ANALYZE gives fresh statistics, so the search and listing indexes are used from the first
     * query on. VACUUM refuses to run inside a transaction, hence its own autocommit connection.
     */
    private void vacuumAnalyze() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("VACUUM (ANALYZE) category, brand, attribute, attribute_option, product, sku");
        } catch (SQLException e) {
            throw new IllegalStateException("Analysing the loaded catalog failed: " + e.getMessage(), e);
        }
    }
}
