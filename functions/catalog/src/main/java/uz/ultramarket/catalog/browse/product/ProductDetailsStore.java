package uz.ultramarket.catalog.browse.product;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.sql.DataSource;
import uz.ultramarket.catalog.api.CardView;
import uz.ultramarket.catalog.browse.product.ProductDetails.AttributeValue;
import uz.ultramarket.catalog.browse.product.ProductDetails.Stock;
import uz.ultramarket.catalog.browse.product.ProductDetails.Variant;
import uz.ultramarket.catalog.product.AttributeDictionary;
import uz.ultramarket.catalog.product.CardColumns;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.money.Money;

/** Reads one active product's page: five small indexed queries on one connection. */
public final class ProductDetailsStore {

    /** How many related products a page shows. */
    public static final int RELATED = 8;

    private static final String PRODUCT = """
            SELECT p.id, p.slug, p.name_%1$s AS name, p.description_%1$s AS description, p.attributes::text AS attributes,
                   p.images, p.category_id, b.slug AS brand_slug, b.name AS brand_name, c.slug AS category_slug,
                   c.name_%1$s AS category_name
              FROM product p JOIN category c ON c.id = p.category_id LEFT JOIN brand b ON b.id = p.brand_id
             WHERE p.slug = ? AND p.status = 'active'""";

    private static final String BREADCRUMBS = """
            WITH RECURSIVE up AS (
                SELECT id, parent_id, slug, name_%1$s AS name, 0 AS depth FROM category WHERE id = ?
                UNION ALL
                SELECT c.id, c.parent_id, c.slug, c.name_%1$s, up.depth + 1 FROM category c JOIN up ON c.id = up.parent_id
                 WHERE up.depth < 32)
            SELECT slug, name FROM up ORDER BY depth DESC""";

    private static final String VARIANTS = """
            SELECT code, options::text AS options, price, compare_at_price, stock_on_hand - stock_reserved AS available
              FROM sku WHERE product_id = ? ORDER BY position, id""";

    private static final String RELATED_CARDS = "SELECT %s FROM " + CardColumns.FROM
            + " WHERE p.category_id = ? AND p.id <> ? AND p.status = 'active' AND p.price_min IS NOT NULL"
            + " ORDER BY p.popularity DESC, p.id DESC LIMIT " + RELATED;

    private final DataSource dataSource;

    @Inject
    public ProductDetailsStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The page of the active product {@code slug}; empty for an unknown, draft or archived one. */
    public Optional<ProductDetails> find(String slug, Language language) {
        String lang = language.code();
        try (Connection connection = dataSource.getConnection()) {
            long id;
            long categoryId;
            String name;
            String description;
            String attributesJson;
            List<String> images;
            Optional<CardView.Ref> brand;
            CardView.Ref category;
            try (var statement = connection.prepareStatement(PRODUCT.formatted(lang))) {
                statement.setString(1, slug);
                try (var row = statement.executeQuery()) {
                    if (!row.next()) return Optional.empty();
                    id = row.getLong("id");
                    categoryId = row.getLong("category_id");
                    name = row.getString("name");
                    description = row.getString("description");
                    attributesJson = row.getString("attributes");
                    var array = row.getArray("images");
                    images = array == null ? List.of() : Arrays.asList((String[]) array.getArray());
                    String brandSlug = row.getString("brand_slug");
                    brand = brandSlug == null ? Optional.empty() : Optional.of(new CardView.Ref(brandSlug, row.getString("brand_name")));
                    category = new CardView.Ref(row.getString("category_slug"), row.getString("category_name"));
                }
            }
            var dictionary = AttributeDictionary.load(connection, language);

            var breadcrumbs = new ArrayList<CardView.Ref>();
            try (var statement = connection.prepareStatement(BREADCRUMBS.formatted(lang))) {
                statement.setLong(1, categoryId);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) breadcrumbs.add(new CardView.Ref(rows.getString("slug"), rows.getString("name")));
                }
            }

            var variants = new ArrayList<Variant>();
            try (var statement = connection.prepareStatement(VARIANTS)) {
                statement.setLong(1, id);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long compareAt = rows.getLong("compare_at_price");
                        Optional<Money> compareAtPrice = rows.wasNull() ? Optional.empty() : Optional.of(Money.ofTiyin(compareAt));
                        variants.add(new Variant(rows.getString("code"), values(rows.getString("options"), dictionary),
                                Money.ofTiyin(rows.getLong("price")), compareAtPrice, Stock.of(rows.getLong("available"))));
                    }
                }
            }

            var related = new ArrayList<CardView>();
            try (var statement = connection.prepareStatement(RELATED_CARDS.formatted(CardColumns.select(language)))) {
                statement.setLong(1, categoryId);
                statement.setLong(2, id);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) related.add(CardView.of(CardColumns.read(rows)));
                }
            }
            return Optional.of(new ProductDetails(slug, name, description, brand, category, breadcrumbs, images,
                    values(attributesJson, dictionary), variants, related));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading product " + slug + " failed: " + e.getMessage(), e);
        }
    }

    /** A JSON object of attribute values as named, labelled values in shop order. */
    private static List<AttributeValue> values(String json, AttributeDictionary dictionary) {
        JsonNode object;
        try {
            object = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attributes are not JSON: " + e.getMessage(), e);
        }
        var values = new ArrayList<AttributeValue>();
        object.properties().forEach(entry -> {
            JsonNode value = entry.getValue();
            Object typed = value.isBoolean() ? value.booleanValue() : value.isNumber() ? value.numberValue() : value.asText();
            values.add(new AttributeValue(entry.getKey(), dictionary.name(entry.getKey()), typed,
                    dictionary.label(entry.getKey(), value.asText())));
        });
        values.sort(Comparator.comparingInt((AttributeValue v) -> dictionary.position(v.key())).thenComparing(AttributeValue::key));
        return values;
    }
}
