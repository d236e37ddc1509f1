package uz.ultramarket.catalog.browse.products;

import java.time.Clock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.catalog.browse.Api;
import uz.ultramarket.catalog.listing.ProductListing;
import uz.ultramarket.catalog.search.CatalogSearch;
import uz.ultramarket.catalog.testing.TestDatabase;
import uz.ultramarket.core.http.HttpEvents;

class ProductsHandlerTest {

    private static ProductsHandler handler;

    @BeforeAll
    static void start() {
        var database = TestDatabase.demoCatalog();
        handler = new ProductsHandler(new ProductsService(new ProductListing(database), new CatalogSearch(database),
                new FacetStore(database, Clock.systemUTC()), Clock.systemUTC()));
    }

    /** {@code parameters}: name, value, name, value, … */
    private static Api.Answer list(String language, String... parameters) {
        var request = HttpEvents.request("GET", "/api/products").routeKey("GET /api/products");
        for (int i = 0; i < parameters.length; i += 2) request.query(parameters[i], parameters[i + 1]);
        if (language != null) request.header("Accept-Language", language);
        return Api.call(handler, request);
    }

    @Test
    void listsACategoryWithCardsAndFacets() {
        var answer = list(null, "category", "smartphones");
        assertEquals(200, answer.status(), answer.body().toString());
        assertEquals("public, max-age=60", answer.header("Cache-Control"));
        assertEquals("Accept-Language", answer.header("Vary"), "each language is its own cached answer");
        var body = answer.body();
        assertEquals(Set.of("items", "nextCursor", "facets"), Api.fields(body));
        assertEquals(24, body.path("items").size());
        var card = body.path("items").get(0);
        assertTrue(Api.fields(card).containsAll(Set.of("slug", "name", "brand", "category", "price", "inStock")), card.toString());
        assertEquals(Set.of("slug", "name"), Api.fields(card.path("brand")));
        assertEquals("smartphones", card.at("/category/slug").asText());
        assertTrue(card.path("price").isIntegralNumber());
        assertTrue(body.path("nextCursor").isTextual());

        var facets = body.path("facets");
        assertEquals(Set.of("brands", "attributes", "price"), Api.fields(facets));
        assertEquals(Set.of("slug", "name", "count"), Api.fields(facets.at("/brands/0")));
        assertTrue(facets.at("/price/min").asLong() <= facets.at("/price/max").asLong());
        var attribute = facets.path("attributes").get(0);
        assertEquals(Set.of("key", "name", "values"), Api.fields(attribute));
        assertEquals(Set.of("value", "label", "count"), Api.fields(attribute.path("values").get(0)));
    }

    @Test
    void pagesWithTheCursorToTheEnd() {
        var seen = new HashSet<String>();
        String cursor = null;
        int pages = 0;
        do {
            var answer = cursor == null ? list(null, "category", "refrigerators", "limit", "10", "sort", "price_asc")
                    : list(null, "category", "refrigerators", "limit", "10", "sort", "price_asc", "cursor", cursor);
            assertEquals(200, answer.status(), answer.body().toString());
            long previous = -1;
            for (JsonNode item : answer.body().path("items")) {
                assertTrue(seen.add(item.path("slug").asText()));
                assertTrue(item.path("price").asLong() >= previous);
                previous = item.path("price").asLong();
            }
            cursor = answer.body().path("nextCursor").isNull() ? null : answer.body().path("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 100);
        long total = 0;
        for (JsonNode brand : list(null, "category", "refrigerators").body().at("/facets/brands")) total += brand.path("count").asLong();
        assertTrue(seen.size() >= total && seen.size() > 10, seen.size() + " vs " + total);
    }

    @Test
    void filtersByBrandPriceStockAndAttributeAndFacetsFollow() {
        var answer = list(null, "category", "smartphones", "brand", "samsung", "brand", "apple", "inStock", "true",
                "minPrice", "100000000", "maxPrice", "2000000000", "attr.color", "black", "limit", "100");
        assertEquals(200, answer.status(), answer.body().toString());
        var items = answer.body().path("items");
        assertTrue(items.size() > 0);
        for (JsonNode item : items) {
            assertTrue(Set.of("samsung", "apple").contains(item.at("/brand/slug").asText()), item.toString());
            assertTrue(item.path("inStock").asBoolean());
            assertTrue(item.path("price").asLong() >= 100000000L && item.path("price").asLong() <= 2000000000L);
        }
        for (JsonNode brand : answer.body().at("/facets/brands")) {
            assertTrue(Set.of("samsung", "apple").contains(brand.path("slug").asText()), brand.toString());
        }
        for (JsonNode attribute : answer.body().at("/facets/attributes")) {
            if (attribute.path("key").asText().equals("color")) {
                assertTrue(attribute.toString().contains("\"black\""), attribute.toString());
            }
        }
        assertTrue(answer.body().at("/facets/price/min").asLong() >= 100000000L);
    }

    @Test
    void aNumberAttributeFilterTakesItsFacetValue() {
        var facets = list(null, "category", "smartphones").body().at("/facets/attributes");
        String value = null;
        for (JsonNode attribute : facets) {
            if (attribute.path("key").asText().equals("storage_gb")) value = attribute.at("/values/0/value").asText();
        }
        assertTrue(value != null, facets.toString());
        var answer = list(null, "category", "smartphones", "attr.storage_gb", value);
        assertEquals(200, answer.status(), answer.body().toString());
        assertTrue(answer.body().path("items").size() > 0);
    }

    @Test
    void searchesWithQRankedByRelevanceInTheRequestLanguage() {
        var uz = list(null, "q", "telefon", "limit", "5");
        var ru = list("ru", "q", "телефон", "limit", "5");
        assertEquals(200, uz.status(), uz.body().toString());
        assertEquals(5, uz.body().path("items").size());
        assertEquals(uz.body().at("/items/0/slug").asText(), ru.body().at("/items/0/slug").asText());
        assertFalse(uz.body().at("/items/0/name").asText().equals(ru.body().at("/items/0/name").asText())
                && uz.body().at("/items/0/category/name").asText().equals(ru.body().at("/items/0/category/name").asText()));
        assertTrue(uz.body().at("/facets/brands").size() > 0);
    }

    @Test
    void metacharactersInQAreHarmless() {
        for (String q : new String[] {"%", "_", "'; DROP TABLE product; --", "100%", "a_b", "\\'", ":*|!&"}) {
            var answer = list(null, "q", q);
            assertEquals(200, answer.status(), q + ": " + answer.body());
        }
        assertEquals(0, list(null, "q", "%").body().path("items").size());
        assertEquals(0, list(null, "q", "%").body().at("/facets/brands").size());
    }

    @Test
    void unknownCategoryIs404() {
        Api.assertNotFound(list(null, "category", "flying-cars"));
        Api.assertNotFound(list(null, "category", "'; DROP TABLE category; --"));
    }

    @Test
    void badParametersAre400NamingEachField() {
        Api.assertInvalid(list(null, "minPrice", "abc"), "minPrice");
        Api.assertInvalid(list(null, "minPrice", "-1"), "minPrice");
        Api.assertInvalid(list(null, "maxPrice", "1.5"), "maxPrice");
        Api.assertInvalid(list(null, "minPrice", "500", "maxPrice", "100"), "minPrice");
        Api.assertInvalid(list(null, "limit", "0"), "limit");
        Api.assertInvalid(list(null, "limit", "101"), "limit");
        Api.assertInvalid(list(null, "limit", "ten"), "limit");
        Api.assertInvalid(list(null, "sort", "cheapest"), "sort");
        Api.assertInvalid(list(null, "cursor", "not-a-cursor"), "cursor");
        Api.assertInvalid(list(null, "inStock", "yes"), "inStock");
        Api.assertInvalid(list(null, "q", "x".repeat(201)), "q");
        Api.assertInvalid(list(null, "attr.colour", "black"), "attr.colour");
        Api.assertInvalid(list(null, "attr.color", "plaid"), "attr.color");
        Api.assertInvalid(list(null, "attr.storage_gb", "lots"), "attr.storage_gb");
        Api.assertInvalid(list(null, "attr.Bad-Key", "x"), "attr.Bad-Key");
        Api.assertInvalid(list(null, "minPrice", "x", "limit", "500", "sort", "?"), "minPrice", "limit", "sort");
    }

    @Test
    void aCursorOfAnotherSortIs400() {
        String cursor = list(null, "sort", "newest", "limit", "2").body().path("nextCursor").asText();
        Api.assertInvalid(list(null, "sort", "price_asc", "cursor", cursor), "cursor");
        assertEquals(200, list(null, "sort", "newest", "limit", "2", "cursor", cursor).status());
    }
}
