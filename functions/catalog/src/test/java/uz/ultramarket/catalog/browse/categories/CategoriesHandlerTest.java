package uz.ultramarket.catalog.browse.categories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.catalog.browse.Api;
import uz.ultramarket.catalog.testing.TestDatabase;
import uz.ultramarket.core.http.HttpEvents;

class CategoriesHandlerTest {

    private static DataSource database;
    private static CategoriesHandler handler;

    @BeforeAll
    static void start() {
        database = TestDatabase.demoCatalog();
        handler = new CategoriesHandler(new CategoriesService(new CategoryTreeStore(database)));
    }

    private static Api.Answer get(String language) {
        var request = HttpEvents.request("GET", "/api/categories").routeKey("GET /api/categories");
        if (language != null) request.header("Accept-Language", language);
        return Api.call(handler, request);
    }

    @Test
    void answersTheWholeTreeWithCountsThatIncludeDescendants() throws SQLException {
        var answer = get(null);
        assertEquals(200, answer.status());
        assertEquals("public, max-age=60", answer.header("Cache-Control"));
        assertEquals("Accept-Language", answer.header("Vary"), "each language is its own cached answer");
        assertEquals(Set.of("categories"), Api.fields(answer.body()));
        JsonNode roots = answer.body().path("categories");
        assertTrue(roots.size() > 1);
        assertEquals(Set.of("slug", "name", "productCount", "children"), Api.fields(roots.get(0)));

        int[] total = {0};
        long rootSum = 0;
        for (JsonNode root : roots) {
            rootSum += root.path("productCount").asLong();
            walk(root, total);
        }
        assertEquals(count("SELECT count(*) FROM category"), total[0], "every category once");
        assertEquals(count("SELECT count(*) FROM product WHERE status = 'active' AND price_min IS NOT NULL"), rootSum,
                "the roots together count every sellable product");
        var fridges = find(roots, "refrigerators");
        assertEquals(count("SELECT count(*) FROM product p JOIN category c ON c.id = p.category_id"
                + " WHERE c.slug = 'refrigerators' AND p.status = 'active' AND p.price_min IS NOT NULL"),
                fridges.path("productCount").asLong());
        var appliances = find(roots, "home-appliances");
        assertTrue(appliances.path("productCount").asLong() > fridges.path("productCount").asLong());
    }

    @Test
    void namesFollowAcceptLanguage() {
        var uz = find(get(null).body().path("categories"), "refrigerators").path("name").asText();
        var ru = find(get("ru").body().path("categories"), "refrigerators").path("name").asText();
        var en = find(get("en-GB,en;q=0.9").body().path("categories"), "refrigerators").path("name").asText();
        assertEquals(uz, find(get("uz").body().path("categories"), "refrigerators").path("name").asText());
        assertEquals("Refrigerators", en);
        assertTrue(ru.startsWith("Холодильник"), ru);
        assertTrue(!uz.equals(ru) && !uz.equals(en), uz);
    }

    private static void walk(JsonNode node, int[] total) {
        total[0]++;
        long children = 0;
        for (JsonNode child : node.path("children")) {
            children += child.path("productCount").asLong();
            walk(child, total);
        }
        assertTrue(node.path("productCount").asLong() >= children, node.path("slug").asText());
    }

    private static JsonNode find(JsonNode nodes, String slug) {
        for (JsonNode node : nodes) {
            if (node.path("slug").asText().equals(slug)) return node;
            JsonNode below = find(node.path("children"), slug);
            if (below != null) return below;
        }
        return null;
    }

    private static long count(String sql) throws SQLException {
        try (var connection = database.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
