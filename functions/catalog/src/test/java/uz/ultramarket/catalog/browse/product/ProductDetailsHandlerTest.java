package uz.ultramarket.catalog.browse.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

class ProductDetailsHandlerTest {

    private static DataSource database;
    private static ProductDetailsHandler handler;

    @BeforeAll
    static void start() {
        database = TestDatabase.demoCatalog();
        handler = new ProductDetailsHandler(new ProductDetailsService(new ProductDetailsStore(database)));
    }

    private static Api.Answer get(String slug, String language) {
        var request = HttpEvents.request("GET", "/api/products/" + slug).routeKey("GET /api/products/{slug}")
                .pathParameter("slug", slug);
        if (language != null) request.header("Accept-Language", language);
        return Api.call(handler, request);
    }

    private static String slug(String sql) throws SQLException {
        try (var connection = database.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void answersTheProductPage() throws SQLException {
        String slug = slug("SELECT p.slug FROM product p JOIN category c ON c.id = p.category_id"
                + " WHERE p.status = 'active' AND c.slug = 'smartphones' AND p.brand_id IS NOT NULL"
                + " AND (SELECT count(*) FROM sku s WHERE s.product_id = p.id) > 1 ORDER BY p.popularity DESC LIMIT 1");
        var answer = get(slug, null);
        assertEquals(200, answer.status(), answer.body().toString());
        assertEquals("public, max-age=60", answer.header("Cache-Control"));
        assertEquals("Accept-Language", answer.header("Vary"), "each language is its own cached answer");
        JsonNode page = answer.body();
        assertEquals(Set.of("slug", "name", "description", "brand", "category", "breadcrumbs", "images", "attributes",
                "variants", "related"), Api.fields(page));
        assertEquals(slug, page.path("slug").asText());
        assertEquals("smartphones", page.at("/category/slug").asText());
        var crumbs = page.path("breadcrumbs");
        assertTrue(crumbs.size() >= 2, crumbs.toString());
        assertEquals("smartphones", crumbs.get(crumbs.size() - 1).path("slug").asText(), "root → leaf");
        assertEquals(Set.of("key", "name", "value", "label"), Api.fields(page.at("/attributes/0")));
        assertTrue(page.path("variants").size() > 1);
        for (JsonNode variant : page.path("variants")) {
            assertTrue(Set.of("in_stock", "low", "out_of_stock").contains(variant.path("stock").asText()));
            assertTrue(variant.path("price").isIntegralNumber());
            assertTrue(variant.path("code").isTextual());
            assertTrue(variant.path("options").isArray());
        }
        var related = page.path("related");
        assertTrue(related.size() > 0 && related.size() <= 8);
        long previous = Long.MAX_VALUE;
        for (JsonNode card : related) {
            assertNotEquals(slug, card.path("slug").asText());
            assertEquals("smartphones", card.at("/category/slug").asText());
        }
    }

    @Test
    void stockStateFollowsOnHandMinusReserved() throws SQLException {
        String slug = slug("SELECT p.slug FROM product p WHERE p.status = 'active' AND EXISTS (SELECT 1 FROM sku s"
                + " WHERE s.product_id = p.id AND s.stock_on_hand - s.stock_reserved BETWEEN 1 AND 5) LIMIT 1");
        var variants = get(slug, null).body().path("variants");
        try (var connection = database.getConnection();
             var statement = connection.prepareStatement("SELECT s.code, s.stock_on_hand - s.stock_reserved FROM sku s"
                     + " JOIN product p ON p.id = s.product_id WHERE p.slug = ?")) {
            statement.setString(1, slug);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    long available = rows.getLong(2);
                    String expected = available <= 0 ? "out_of_stock" : available <= 5 ? "low" : "in_stock";
                    boolean found = false;
                    for (JsonNode v : variants) {
                        if (v.path("code").asText().equals(rows.getString(1))) {
                            assertEquals(expected, v.path("stock").asText(), v.toString());
                            found = true;
                        }
                    }
                    assertTrue(found);
                }
            }
        }
    }

    @Test
    void namesFollowAcceptLanguage() throws SQLException {
        String slug = slug("SELECT slug FROM product WHERE status = 'active' AND name_ru <> name_uz LIMIT 1");
        var uz = get(slug, null).body();
        var ru = get(slug, "ru").body();
        assertNotEquals(uz.path("name").asText(), ru.path("name").asText());
        assertNotEquals(uz.at("/category/name").asText(), ru.at("/category/name").asText());
        assertEquals(uz.path("variants").size(), ru.path("variants").size());
    }

    @Test
    void draftArchivedAndUnknownProductsAre404() throws SQLException {
        Api.assertNotFound(get(slug("SELECT slug FROM product WHERE status = 'draft' LIMIT 1"), null));
        Api.assertNotFound(get(slug("SELECT slug FROM product WHERE status = 'archived' LIMIT 1"), null));
        Api.assertNotFound(get("no-such-product", null));
        Api.assertNotFound(get("x' OR '1'='1", null));
        Api.assertNotFound(get("%", null));
    }
}
