package uz.ultramarket.catalog.browse.categories;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.sql.DataSource;
import uz.ultramarket.catalog.product.Language;

/**
 * The category tree with product counts, read whole: a few hundred categories at most, each with the sellable
 * products (active, with a price: what a listing shows) in it and below it, as {@code refresh_catalog_facets()} keeps
 * them (V3__catalog_facet_summary.sql) — counting them live reads every product.
 */
public final class CategoryTreeStore {

    private static final String CATEGORIES = """
            SELECT c.id, c.parent_id, c.slug, c.name_%s AS name, coalesce(s.products, 0) AS products
              FROM category c LEFT JOIN catalog_scope s ON s.scope_id = c.id
             ORDER BY c.position, c.id""";

    private final DataSource dataSource;

    @Inject
    public CategoryTreeStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private record Row(long id, Long parent, String slug, String name, long products) {}

    /** The root categories in shop order, each with its children in shop order. */
    public List<CategoryNode> tree(Language language) {
        var rows = new ArrayList<Row>();
        var ids = new HashSet<Long>();
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(CATEGORIES.formatted(language.code()));
             var result = statement.executeQuery()) {
            while (result.next()) {
                long parent = result.getLong("parent_id");
                Long parentId = result.wasNull() ? null : parent;
                rows.add(new Row(result.getLong("id"), parentId, result.getString("slug"), result.getString("name"),
                        result.getLong("products")));
                ids.add(result.getLong("id"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the category tree failed: " + e.getMessage(), e);
        }
        var children = new HashMap<Long, List<Row>>();
        var roots = new ArrayList<Row>();
        for (Row row : rows) {
            if (row.parent() == null || !ids.contains(row.parent())) roots.add(row);
            else children.computeIfAbsent(row.parent(), p -> new ArrayList<>()).add(row);
        }
        return roots.stream().map(root -> build(root, children)).toList();
    }

    private static CategoryNode build(Row row, Map<Long, List<Row>> children) {
        var nodes = children.getOrDefault(row.id(), List.of()).stream().map(child -> build(child, children)).toList();
        return new CategoryNode(row.slug(), row.name(), row.products(), nodes);
    }
}
