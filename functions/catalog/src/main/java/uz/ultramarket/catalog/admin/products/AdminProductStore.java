package uz.ultramarket.catalog.admin.products;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.postgresql.util.PSQLException;
import uz.ultramarket.catalog.admin.CatalogRefresh;
import uz.ultramarket.catalog.admin.products.ProductDraft.VariantDraft;
import uz.ultramarket.catalog.product.LocalizedText;
import uz.ultramarket.catalog.search.SearchText;
import uz.ultramarket.core.db.Transactions;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.money.Money;

/**
 * The admin's products in PostgreSQL: the only code of the admin products function that talks to it. A save writes the
 * product, its SKUs, its search text and its offer ({@code refresh_product_offer}) in one transaction, under the
 * product's row lock and only if its version is still the one the editor read.
 */
public final class AdminProductStore {

    /** A save: the product as it was (null for a create) and as it is now. */
    public record Saved(AdminProduct before, AdminProduct after) {}

    /** One page of the list; {@code nextCursor} is empty on the last page. */
    public record Page(List<ProductSummary> items, Optional<String> nextCursor) {}

    private static final String PRODUCT = """
            SELECT p.id, p.version, p.slug, p.category_id, b.slug AS brand, p.status, p.name_uz, p.name_ru, p.name_en,
                   p.description_uz, p.description_ru, p.description_en, p.images
              FROM product p LEFT JOIN brand b ON b.id = p.brand_id
             WHERE p.id = ?""";
    private static final String SKUS = """
            SELECT id, code, options::text, price, compare_at_price, ikpu, vat_percent, package_code, stock_on_hand, stock_reserved
              FROM sku WHERE product_id = ? ORDER BY position, id""";

    private final DataSource dataSource;
    private final CatalogRefresh refresh;

    @Inject
    public AdminProductStore(DataSource dataSource, CatalogRefresh refresh) {
        this.dataSource = dataSource;
        this.refresh = refresh;
    }

    public Optional<AdminProduct> find(long id) {
        return Transactions.run(dataSource, "Reading a product", c -> read(c, id, false));
    }

    public Saved create(ProductDraft draft) {
        return saving(draft, () -> Transactions.run(dataSource, "Creating a product", c -> {
            Long brandId = checkReferences(c, draft);
            checkCodes(c, draft, 0);
            String slug = draft.slug().orElse(null);
            if (slug != null) checkSlug(c, slug, 0);
            else slug = freeSlug(c, draft.name());
            long id;
            try (var insert = c.prepareStatement("""
                    INSERT INTO product (slug, category_id, brand_id, name_uz, name_ru, name_en, description_uz, description_ru,
                                         description_en, images, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                bindProduct(c, insert, slug, brandId, draft);
                try (var rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            writeVariants(c, id, draft.variants(), Set.of());
            finish(c, id);
            return new Saved(null, read(c, id, false).orElseThrow());
        }));
    }

    public Saved update(long id, ProductDraft draft) {
        return saving(draft, () -> Transactions.run(dataSource, "Saving a product", c -> {
            // the row lock makes concurrent saves of one product queue here, so the version check below is exact
            var before = read(c, id, true).orElseThrow(() -> ApiException.notFound("There is no product " + id + "."));
            long version = draft.version().orElseThrow();
            if (before.version() != version) throw stale();
            Long brandId = checkReferences(c, draft);
            checkCodes(c, draft, id);
            String slug = draft.slug().orElse(before.slug());
            checkSlug(c, slug, id);
            var existing = new HashMap<Long, AdminProduct.Variant>();
            before.variants().forEach(v -> existing.put(v.id(), v));
            var kept = new HashSet<Long>();
            for (int i = 0; i < draft.variants().size(); i++) {
                var variantId = draft.variants().get(i).id();
                if (variantId.isPresent() && !existing.containsKey(variantId.get())) {
                    throw ApiException.validation(List.of(new FieldError("variants[" + i + "].id",
                            "is not a variant of this product; leave it out to add a new variant")));
                }
                variantId.ifPresent(kept::add);
            }
            var removed = before.variants().stream().filter(v -> !kept.contains(v.id())).toList();
            for (var variant : removed) {
                if (variant.stock().reserved() > 0) {
                    throw ApiException.conflict("Variant " + variant.code() + " holds " + variant.stock().reserved()
                            + " units for unpaid orders; it can be removed once they are paid or released.",
                            new FieldError("variants", "must keep " + variant.code() + " while its stock is held"));
                }
            }
            try (var update = c.prepareStatement("""
                    UPDATE product SET slug = ?, category_id = ?, brand_id = ?, name_uz = ?, name_ru = ?, name_en = ?,
                           description_uz = ?, description_ru = ?, description_en = ?, images = ?, status = ?,
                           version = version + 1, updated_at = now()
                     WHERE id = ? AND version = ?""")) {
                bindProduct(c, update, slug, brandId, draft);
                update.setLong(12, id);
                update.setLong(13, version);
                if (update.executeUpdate() == 0) throw stale();
            }
            if (!removed.isEmpty()) {
                try (var delete = c.prepareStatement("DELETE FROM sku WHERE product_id = ? AND id = ANY (?)")) {
                    delete.setLong(1, id);
                    delete.setArray(2, c.createArrayOf("bigint", removed.stream().map(AdminProduct.Variant::id).toArray()));
                    delete.executeUpdate();
                }
            }
            writeVariants(c, id, draft.variants(), kept);
            finish(c, id);
            return new Saved(before, read(c, id, false).orElseThrow());
        }));
    }

    public Page list(ProductQuery query) {
        var where = new ArrayList<String>();
        var parameters = new ArrayList<Object>();
        String with = "";
        if (query.category().isPresent()) {
            with = """
                    WITH RECURSIVE scope (id) AS (SELECT id FROM category WHERE id = ?
                                                  UNION ALL SELECT c.id FROM category c JOIN scope s ON c.parent_id = s.id)
                    """;
            parameters.add(query.category().get());
            where.add("p.category_id IN (SELECT id FROM scope)");
        }
        query.q().ifPresent(q -> {
            var words = SearchText.normalize(q);
            var byName = new ArrayList<String>();
            if (!words.isEmpty()) {
                for (String word : words.split(" ")) {
                    byName.add("(' ' || p.search_name) LIKE ?");
                    parameters.add("% " + likeEscaped(word) + "%");
                }
            }
            parameters.add(likeEscaped(q.toUpperCase(java.util.Locale.ROOT)) + "%");
            String byCode = "EXISTS (SELECT 1 FROM sku s WHERE s.product_id = p.id AND s.code LIKE ?)";
            where.add(byName.isEmpty() ? byCode : "((" + String.join(" AND ", byName) + ") OR " + byCode + ")");
        });
        query.brand().ifPresent(brand -> {
            where.add("b.slug = ?");
            parameters.add(brand);
        });
        query.status().ifPresent(status -> {
            where.add("p.status = ?");
            parameters.add(status);
        });
        query.outOfStock().ifPresent(out -> where.add(out ? "NOT p.in_stock" : "p.in_stock"));
        var sort = query.sort();
        query.after().ifPresent(after -> {
            where.add("(" + sort.key + ", p.id) " + (sort.descending ? "<" : ">") + " (CAST(? AS " + (sort.text ? "text" : "bigint") + "), ?)");
            parameters.add(after.key());
            parameters.add(after.id());
        });
        String direction = sort.descending ? " DESC" : "";
        String sql = with + """
                SELECT p.id, p.slug, p.name_uz, p.name_ru, p.name_en, b.slug AS brand, p.category_id, p.status, p.price_min,
                       p.images[1] AS image, st.skus, st.on_hand, st.reserved, p.version, (%s)::text AS sort_key
                  FROM product p
                  LEFT JOIN brand b ON b.id = p.brand_id
                  CROSS JOIN LATERAL (SELECT count(*) AS skus, coalesce(sum(s.stock_on_hand), 0) AS on_hand,
                                             coalesce(sum(s.stock_reserved), 0) AS reserved
                                        FROM sku s WHERE s.product_id = p.id) st
                """.formatted(sort.key)
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + sort.key + direction + ", p.id" + direction + " LIMIT " + (query.limit() + 1);
        return Transactions.run(dataSource, "Listing products", c -> {
            var items = new ArrayList<ProductSummary>();
            String lastKey = null;
            try (var statement = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) statement.setObject(i + 1, parameters.get(i));
                try (var rows = statement.executeQuery()) {
                    while (rows.next() && items.size() < query.limit() + 1) {
                        long priceMin = rows.getLong("price_min");
                        items.add(new ProductSummary(rows.getLong("id"), rows.getString("slug"),
                                LocalizedText.of(rows.getString("name_uz"), rows.getString("name_ru"), rows.getString("name_en")),
                                rows.getString("brand"), rows.getLong("category_id"), rows.getString("status"),
                                rows.wasNull() ? null : Money.ofTiyin(priceMin), rows.getString("image"), rows.getInt("skus"),
                                new AdminProduct.Stock(rows.getLong("on_hand"), rows.getLong("reserved")), rows.getLong("version")));
                        if (items.size() == query.limit()) lastKey = rows.getString("sort_key");
                    }
                }
            }
            if (items.size() <= query.limit()) return new Page(items, Optional.empty());
            var page = List.copyOf(items.subList(0, query.limit()));
            return new Page(page, Optional.of(new ProductQuery.After(lastKey, page.getLast().id()).encode(sort)));
        });
    }

    /** After a save: the storefront's facet counts and search words (outside the save's transaction; see CatalogRefresh). */
    public void refreshFacets() {
        refresh.facets();
    }

    private static Optional<AdminProduct> read(Connection c, long id, boolean lock) throws SQLException {
        AdminProduct product;
        try (var select = c.prepareStatement(PRODUCT + (lock ? " FOR UPDATE OF p" : ""))) {
            select.setLong(1, id);
            try (var rows = select.executeQuery()) {
                if (!rows.next()) return Optional.empty();
                product = new AdminProduct(rows.getLong("id"), rows.getLong("version"), rows.getString("slug"),
                        rows.getLong("category_id"), rows.getString("brand"), rows.getString("status"),
                        LocalizedText.of(rows.getString("name_uz"), rows.getString("name_ru"), rows.getString("name_en")),
                        new Description(rows.getString("description_uz"), rows.getString("description_ru"), rows.getString("description_en")),
                        List.of((String[]) rows.getArray("images").getArray()), List.of());
            }
        }
        var variants = new ArrayList<AdminProduct.Variant>();
        // locked too: a reservation must not hold stock of a variant this save is about to remove
        try (var select = c.prepareStatement(SKUS + (lock ? " FOR UPDATE" : ""))) {
            select.setLong(1, id);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    long compareAt = rows.getLong("compare_at_price");
                    var compareAtPrice = rows.wasNull() ? null : Money.ofTiyin(compareAt);
                    variants.add(new AdminProduct.Variant(rows.getLong("id"), rows.getString("code"),
                            Json.read(rows.getString("options"), JsonNode.class), Money.ofTiyin(rows.getLong("price")),
                            compareAtPrice, rows.getString("ikpu"), rows.getInt("vat_percent"), rows.getString("package_code"),
                            new AdminProduct.Stock(rows.getLong("stock_on_hand"), rows.getLong("stock_reserved"))));
                }
            }
        }
        return Optional.of(new AdminProduct(product.id(), product.version(), product.slug(), product.categoryId(),
                product.brand(), product.status(), product.name(), product.description(), product.images(), variants));
    }

    /** 400 naming {@code categoryId} or {@code brand} when they name nothing; the brand's id otherwise. */
    private static Long checkReferences(Connection c, ProductDraft draft) throws SQLException {
        var errors = new ArrayList<FieldError>();
        try (var select = c.prepareStatement("SELECT 1 FROM category WHERE id = ?")) {
            select.setLong(1, draft.categoryId());
            try (var rows = select.executeQuery()) {
                if (!rows.next()) errors.add(new FieldError("categoryId", "is not a category of the shop"));
            }
        }
        Long brandId = null;
        if (draft.brand().isPresent()) {
            try (var select = c.prepareStatement("SELECT id FROM brand WHERE slug = ?")) {
                select.setString(1, draft.brand().get());
                try (var rows = select.executeQuery()) {
                    if (rows.next()) brandId = rows.getLong(1);
                    else errors.add(new FieldError("brand", "is not a brand of the shop (give its slug, e.g. samsung)"));
                }
            }
        }
        if (!errors.isEmpty()) throw ApiException.validation(errors);
        return brandId;
    }

    /** 409 naming each {@code variants[i].code} another product's SKU has. */
    private static void checkCodes(Connection c, ProductDraft draft, long productId) throws SQLException {
        var codes = draft.variants().stream().map(VariantDraft::code).toList();
        var taken = new HashSet<String>();
        try (var select = c.prepareStatement("SELECT code FROM sku WHERE code = ANY (?) AND product_id <> ?")) {
            select.setArray(1, c.createArrayOf("text", codes.toArray()));
            select.setLong(2, productId);
            try (var rows = select.executeQuery()) {
                while (rows.next()) taken.add(rows.getString(1));
            }
        }
        if (taken.isEmpty()) return;
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < codes.size(); i++) {
            if (taken.contains(codes.get(i))) errors.add(new FieldError("variants[" + i + "].code", "is another product's SKU code already"));
        }
        throw ApiException.conflict("Every SKU code belongs to one variant only; " + String.join(", ", taken) + " is taken.",
                errors.toArray(FieldError[]::new));
    }

    private static void checkSlug(Connection c, String slug, long productId) throws SQLException {
        if (slugTaken(c, slug, productId)) throw slugConflict(slug);
    }

    private static boolean slugTaken(Connection c, String slug, long productId) throws SQLException {
        try (var select = c.prepareStatement("SELECT 1 FROM product WHERE slug = ? AND id <> ?")) {
            select.setString(1, slug);
            select.setLong(2, productId);
            try (var rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** A slug made from the English (else Uzbek) name, Cyrillic spelled in Latin; numbered when taken: smartfon-x-2. */
    private static String freeSlug(Connection c, LocalizedText name) throws SQLException {
        String words = SearchText.normalize(name.en()).replaceAll("[^a-z0-9 ]", "").strip();
        if (words.isEmpty()) words = SearchText.normalize(name.uz()).replaceAll("[^a-z0-9 ]", "").strip();
        String base = words.isEmpty() ? "product" : String.join("-", words.split(" +"));
        if (base.length() > 100) base = base.substring(0, 100).replaceAll("-+$", "");
        String slug = base;
        for (int n = 2; slugTaken(c, slug, 0); n++) slug = base + "-" + n;
        return slug;
    }

    private static void bindProduct(Connection c, PreparedStatement statement, String slug, Long brandId, ProductDraft draft)
            throws SQLException {
        statement.setString(1, slug);
        statement.setLong(2, draft.categoryId());
        if (brandId == null) statement.setNull(3, Types.BIGINT);
        else statement.setLong(3, brandId);
        statement.setString(4, draft.name().uz());
        statement.setString(5, draft.name().ru());
        statement.setString(6, draft.name().en());
        statement.setString(7, draft.description().uz());
        statement.setString(8, draft.description().ru());
        statement.setString(9, draft.description().en());
        statement.setArray(10, c.createArrayOf("text", draft.images().toArray()));
        statement.setString(11, draft.status());
    }

    /** Updates the variants in {@code kept} and inserts the new ones (at 0 on hand), in the order sent. */
    private static void writeVariants(Connection c, long productId, List<VariantDraft> variants, Set<Long> kept) throws SQLException {
        try (var update = c.prepareStatement("""
                UPDATE sku SET code = ?, options = ?::jsonb, price = ?, compare_at_price = ?, ikpu = ?, vat_percent = ?,
                       package_code = ?, position = ?
                 WHERE id = ? AND product_id = ?""");
             var insert = c.prepareStatement("""
                INSERT INTO sku (code, options, price, compare_at_price, ikpu, vat_percent, package_code, position, product_id)
                VALUES (?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int position = 0; position < variants.size(); position++) {
                var variant = variants.get(position);
                boolean existing = variant.id().isPresent() && kept.contains(variant.id().get());
                var statement = existing ? update : insert;
                statement.setString(1, variant.code());
                statement.setString(2, Json.write(variant.options()));
                statement.setLong(3, variant.price().tiyin());
                if (variant.compareAtPrice().isPresent()) statement.setLong(4, variant.compareAtPrice().get().tiyin());
                else statement.setNull(4, Types.BIGINT);
                statement.setString(5, variant.ikpu());
                statement.setInt(6, variant.vatPercent());
                statement.setString(7, variant.packageCode().orElse(null));
                statement.setInt(8, position);
                if (existing) {
                    statement.setLong(9, variant.id().get());
                    statement.setLong(10, productId);
                } else {
                    statement.setLong(9, productId);
                }
                statement.executeUpdate();
            }
        }
    }

    /** The product's search text and offer, from what was just written. */
    private static void finish(Connection c, long id) throws SQLException {
        var names = new ArrayList<String>();
        var descriptions = new ArrayList<String>();
        var values = new ArrayList<Map.Entry<String, JsonNode>>();
        try (var select = c.prepareStatement("""
                SELECT p.name_uz, p.name_ru, p.name_en, b.name AS brand, p.description_uz, p.description_ru, p.description_en,
                       p.attributes::text FROM product p LEFT JOIN brand b ON b.id = p.brand_id WHERE p.id = ?""")) {
            select.setLong(1, id);
            try (var rows = select.executeQuery()) {
                rows.next();
                names.addAll(List.of(rows.getString("name_uz"), rows.getString("name_ru"), rows.getString("name_en")));
                if (rows.getString("brand") != null) names.add(rows.getString("brand"));
                descriptions.addAll(List.of(rows.getString("description_uz"), rows.getString("description_ru"), rows.getString("description_en")));
                Json.read(rows.getString("attributes"), JsonNode.class).fields().forEachRemaining(values::add);
            }
        }
        try (var select = c.prepareStatement("SELECT options::text FROM sku WHERE product_id = ? ORDER BY position, id")) {
            select.setLong(1, id);
            try (var rows = select.executeQuery()) {
                while (rows.next()) Json.read(rows.getString(1), JsonNode.class).fields().forEachRemaining(values::add);
            }
        }
        descriptions.addAll(valueWords(c, values));
        // the same normalised words the storefront's search and the demo loader use: Latin and Cyrillic find it alike
        try (var update = c.prepareStatement("UPDATE product SET search_name = ?, search_description = ? WHERE id = ?")) {
            update.setString(1, SearchText.distinctWords(names));
            update.setString(2, SearchText.distinctWords(descriptions));
            update.setLong(3, id);
            update.executeUpdate();
        }
        try (var offer = c.prepareStatement("SELECT refresh_product_offer(ARRAY[?]::bigint[])")) {
            offer.setLong(1, id);
            offer.execute();
        }
    }

    /**
     * The words a shopper might search attribute and option values by, as the demo loader finds them: an option's names
     * in every language, a number with its unit; a value of an attribute the shop does not define, as it is.
     */
    private static List<String> valueWords(Connection c, List<Map.Entry<String, JsonNode>> values) throws SQLException {
        if (values.isEmpty()) return List.of();
        record Definition(String kind, String unit, Map<String, List<String>> options) {}
        var definitions = new HashMap<String, Definition>();
        try (var select = c.prepareStatement("""
                SELECT a.key, a.kind, a.unit, o.value, o.name_uz, o.name_ru, o.name_en
                  FROM attribute a LEFT JOIN attribute_option o ON o.attribute_key = a.key WHERE a.key = ANY (?)""")) {
            select.setArray(1, c.createArrayOf("text", values.stream().map(Map.Entry::getKey).distinct().toArray()));
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    var definition = definitions.computeIfAbsent(rows.getString("key"),
                            k -> new Definition(uncheckedString(rows, "kind"), uncheckedString(rows, "unit"), new HashMap<>()));
                    if (rows.getString("value") != null) {
                        definition.options().put(rows.getString("value"),
                                List.of(rows.getString("name_uz"), rows.getString("name_ru"), rows.getString("name_en")));
                    }
                }
            }
        }
        var words = new ArrayList<String>();
        for (var value : values) {
            var definition = definitions.get(value.getKey());
            String text = value.getValue().asText();
            if (definition == null) {
                if (!value.getValue().isBoolean()) words.add(text);
            } else if (definition.kind().equals("number")) {
                words.add(definition.unit() == null ? text : text + " " + definition.unit());
            } else if (definition.kind().equals("option")) {
                words.addAll(definition.options().getOrDefault(text, List.of(text)));
            }
        }
        return words;
    }

    private static String uncheckedString(ResultSet rows, String column) {
        try {
            return rows.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A unique index that a concurrent save beat the checks to, answered as the checks would have. */
    private static <T> T saving(ProductDraft draft, Supplier<T> save) {
        try {
            return save.get();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof PSQLException sql && "23505".equals(sql.getSQLState()) && sql.getServerErrorMessage() != null) {
                String constraint = sql.getServerErrorMessage().getConstraint();
                if ("product_slug_unique".equals(constraint)) throw slugConflict("this");
                if ("sku_code_unique".equals(constraint)) {
                    String detail = String.valueOf(sql.getServerErrorMessage().getDetail());
                    var errors = new ArrayList<FieldError>();
                    for (int i = 0; i < draft.variants().size(); i++) {
                        if (detail.contains("=(" + draft.variants().get(i).code() + ")")) {
                            errors.add(new FieldError("variants[" + i + "].code", "is another product's SKU code already"));
                        }
                    }
                    throw ApiException.conflict("A SKU code of this product was just taken by another product.",
                            errors.toArray(FieldError[]::new));
                }
            }
            throw e;
        }
    }

    /** {@code text} matched literally by LIKE (whose default escape is a backslash). */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ApiException slugConflict(String slug) {
        return ApiException.conflict("Another product has the slug '" + slug + "' already; choose another.",
                new FieldError("slug", "is another product's already"));
    }

    private static ApiException stale() {
        return ApiException.conflict("Someone saved this product since you read it; reload it and make your change again.",
                new FieldError("version", "is not the current version"));
    }
}
