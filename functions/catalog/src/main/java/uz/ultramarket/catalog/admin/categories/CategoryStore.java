package uz.ultramarket.catalog.admin.categories;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.sql.DataSource;
import uz.ultramarket.catalog.admin.CatalogRefresh;
import uz.ultramarket.catalog.product.LocalizedText;
import uz.ultramarket.catalog.search.SearchDocument;
import uz.ultramarket.catalog.search.SearchText;
import uz.ultramarket.core.db.Transactions;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;

/** The category tree in PostgreSQL; the only code of the admin categories function that talks to it. */
public final class CategoryStore {

    /** A change: the category before (null for a create) and after. */
    public record Saved(AdminCategory before, AdminCategory after) {}

    /** A PATCH: only what is present changes; {@code parentId} present and empty moves the category to the top. */
    public record Change(long version, Optional<LocalizedText> name, Optional<Optional<Long>> parentId, Optional<Integer> position) {}

    private static final String SELECT = """
            SELECT c.id, c.slug, c.parent_id, c.name_uz, c.name_ru, c.name_en, c.position, c.version,
                   (SELECT count(*) FROM product p WHERE p.category_id = c.id) AS products
              FROM category c""";

    private final DataSource dataSource;
    private final CatalogRefresh refresh;

    @Inject
    public CategoryStore(DataSource dataSource, CatalogRefresh refresh) {
        this.dataSource = dataSource;
        this.refresh = refresh;
    }

    public List<AdminCategory> list() {
        return Transactions.run(dataSource, "Listing categories", c -> {
            var items = new ArrayList<AdminCategory>();
            try (var select = c.prepareStatement(SELECT + " ORDER BY c.parent_id NULLS FIRST, c.position, c.id");
                 var rows = select.executeQuery()) {
                while (rows.next()) items.add(category(rows));
            }
            return items;
        });
    }

    public Saved create(Optional<String> slug, Optional<Long> parentId, LocalizedText name, int position) {
        return Transactions.run(dataSource, "Creating a category", c -> {
            if (parentId.isPresent() && find(c, parentId.get(), false).isEmpty()) throw unknownParent();
            String chosen = slug.orElse(null);
            if (chosen != null && slugTaken(c, chosen)) {
                throw ApiException.conflict("Another category has the slug '" + chosen + "' already.",
                        new FieldError("slug", "is another category's already"));
            }
            if (chosen == null) chosen = freeSlug(c, name);
            long id;
            try (var insert = c.prepareStatement("""
                    INSERT INTO category (slug, parent_id, name_uz, name_ru, name_en, position, search_name)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                insert.setString(1, chosen);
                if (parentId.isPresent()) insert.setLong(2, parentId.get());
                else insert.setNull(2, Types.BIGINT);
                insert.setString(3, name.uz());
                insert.setString(4, name.ru());
                insert.setString(5, name.en());
                insert.setInt(6, position);
                insert.setString(7, SearchDocument.names(name.uz(), name.ru(), name.en()));
                try (var rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            return new Saved(null, find(c, id, false).orElseThrow());
        });
    }

    public Saved change(long id, Change change) {
        return Transactions.run(dataSource, "Changing a category", c -> {
            if (change.parentId().isPresent()) {
                // moves one at a time: two moves at once could each pass the check below and together make a loop
                try (var lock = c.createStatement()) {
                    lock.execute("LOCK TABLE category IN SHARE ROW EXCLUSIVE MODE");
                }
            }
            var before = find(c, id, true).orElseThrow(() -> ApiException.notFound("There is no category " + id + "."));
            if (before.version() != change.version()) throw stale();
            var parent = change.parentId().orElse(Optional.ofNullable(before.parentId()));
            if (change.parentId().isPresent() && parent.isPresent()) {
                if (find(c, parent.get(), false).isEmpty()) throw unknownParent();
                if (inSubtree(c, id, parent.get())) {
                    throw ApiException.validation(List.of(new FieldError("parentId",
                            "is this category or one below it; a category cannot move under itself")));
                }
            }
            var name = change.name().orElse(before.name());
            try (var update = c.prepareStatement("""
                    UPDATE category SET parent_id = ?, name_uz = ?, name_ru = ?, name_en = ?, position = ?, search_name = ?,
                           version = version + 1
                     WHERE id = ? AND version = ?""")) {
                if (parent.isPresent()) update.setLong(1, parent.get());
                else update.setNull(1, Types.BIGINT);
                update.setString(2, name.uz());
                update.setString(3, name.ru());
                update.setString(4, name.en());
                update.setInt(5, change.position().orElse(before.position()));
                update.setString(6, SearchDocument.names(name.uz(), name.ru(), name.en()));
                update.setLong(7, id);
                update.setLong(8, change.version());
                if (update.executeUpdate() == 0) throw stale();
            }
            return new Saved(before, find(c, id, false).orElseThrow());
        });
    }

    public void refreshFacets() {
        refresh.facets();
    }

    private static boolean inSubtree(Connection c, long root, long candidate) throws SQLException {
        try (var select = c.prepareStatement("""
                WITH RECURSIVE below (id) AS (SELECT ?::bigint UNION ALL SELECT c.id FROM category c JOIN below b ON c.parent_id = b.id)
                SELECT 1 FROM below WHERE id = ?""")) {
            select.setLong(1, root);
            select.setLong(2, candidate);
            try (var rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static Optional<AdminCategory> find(Connection c, long id, boolean lock) throws SQLException {
        try (var select = c.prepareStatement(SELECT + " WHERE c.id = ?" + (lock ? " FOR UPDATE OF c" : ""))) {
            select.setLong(1, id);
            try (var rows = select.executeQuery()) {
                return rows.next() ? Optional.of(category(rows)) : Optional.empty();
            }
        }
    }

    private static AdminCategory category(java.sql.ResultSet rows) throws SQLException {
        long parent = rows.getLong("parent_id");
        Long parentId = rows.wasNull() ? null : parent;
        return new AdminCategory(rows.getLong("id"), rows.getString("slug"), parentId,
                LocalizedText.of(rows.getString("name_uz"), rows.getString("name_ru"), rows.getString("name_en")),
                rows.getInt("position"), rows.getLong("products"), rows.getLong("version"));
    }

    private static boolean slugTaken(Connection c, String slug) throws SQLException {
        try (var select = c.prepareStatement("SELECT 1 FROM category WHERE slug = ?")) {
            select.setString(1, slug);
            try (var rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** From the English (else Uzbek) name, Cyrillic spelled in Latin; numbered when taken. */
    private static String freeSlug(Connection c, LocalizedText name) throws SQLException {
        String words = SearchText.normalize(name.en()).replaceAll("[^a-z0-9 ]", "").strip();
        if (words.isEmpty()) words = SearchText.normalize(name.uz()).replaceAll("[^a-z0-9 ]", "").strip();
        String base = words.isEmpty() ? "category" : String.join("-", words.split(" +"));
        String slug = base;
        for (int n = 2; slugTaken(c, slug); n++) slug = base + "-" + n;
        return slug;
    }

    private static ApiException unknownParent() {
        return ApiException.validation(List.of(new FieldError("parentId", "is not a category of the shop")));
    }

    private static ApiException stale() {
        return ApiException.conflict("Someone changed this category since you read it; reload it and try again.",
                new FieldError("version", "is not the current version"));
    }
}
