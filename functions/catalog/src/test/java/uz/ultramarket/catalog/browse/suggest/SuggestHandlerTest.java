package uz.ultramarket.catalog.browse.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uz.ultramarket.catalog.browse.Api;
import uz.ultramarket.catalog.search.CatalogSearch;
import uz.ultramarket.catalog.testing.TestDatabase;
import uz.ultramarket.core.http.HttpEvents;

class SuggestHandlerTest {

    private static SuggestHandler handler;

    @BeforeAll
    static void start() {
        handler = new SuggestHandler(new SuggestService(new CatalogSearch(TestDatabase.demoCatalog())));
    }

    private static Api.Answer suggest(String q, String language) {
        var request = HttpEvents.request("GET", "/api/search/suggest").routeKey("GET /api/search/suggest");
        if (q != null) request.query("q", q);
        if (language != null) request.header("Accept-Language", language);
        return Api.call(handler, request);
    }

    @Test
    void suggestsBrandsAndProductsForWhatWasTyped() {
        var answer = suggest("sams", null);
        assertEquals(200, answer.status());
        assertEquals("public, max-age=60", answer.header("Cache-Control"));
        assertEquals("Accept-Language", answer.header("Vary"), "each language is its own cached answer");
        var suggestions = answer.body().path("suggestions");
        assertTrue(suggestions.size() > 0 && suggestions.size() <= 8, suggestions.toString());
        assertEquals(Set.of("kind", "slug", "text"), Api.fields(suggestions.get(0)));
        boolean brand = false;
        for (var s : suggestions) {
            assertTrue(Set.of("category", "brand", "product").contains(s.path("kind").asText()));
            brand |= s.path("kind").asText().equals("brand") && s.path("slug").asText().equals("samsung");
        }
        assertTrue(brand, suggestions.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sam", "sams", "lego", "kir", "kir yuv", "televizor"})
    void productSuggestionsAreTheMostPopularWhoseNameHasEachWordStart(String typed) throws java.sql.SQLException {
        // found among the 1,000 most popular, or gathered from the index when those hold too few: both must mean this
        var expected = new java.util.ArrayList<String>();
        String where = java.util.Arrays.stream(typed.split(" ")).map(w -> " AND (' ' || search_name) LIKE '% " + w + "%'")
                .collect(java.util.stream.Collectors.joining());
        try (var connection = TestDatabase.demoCatalog().getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT slug FROM product WHERE status = 'active' AND price_min IS NOT NULL"
                     + where + " ORDER BY popularity DESC, id DESC LIMIT 8")) {
            while (rows.next()) expected.add(rows.getString(1));
        }
        var products = new java.util.ArrayList<String>();
        for (var s : suggest(typed, null).body().path("suggestions")) {
            if (s.path("kind").asText().equals("product")) products.add(s.path("slug").asText());
        }
        assertTrue(!products.isEmpty(), typed);
        assertEquals(expected.subList(0, products.size()), products, typed);
    }

    @Test
    void cyrillicFindsTheSameCategoryAndNamesFollowTheLanguage() {
        var uz = suggest("telefon", null).body().path("suggestions");
        var ru = suggest("телефон", "ru").body().path("suggestions");
        assertTrue(uz.size() > 0 && ru.size() > 0);
        assertEquals(uz.get(0).path("slug").asText(), ru.get(0).path("slug").asText());
        assertTrue(ru.get(0).path("text").asText().chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                ru.get(0).toString());
    }

    @Test
    void atMostEight() {
        assertTrue(suggest("a", null).body().path("suggestions").size() <= 8);
    }

    @Test
    void metacharactersAreHarmless() {
        for (String q : new String[] {"%", "_", "'; DROP TABLE product; --", "100%_", "\\", "a:* | b"}) {
            var answer = suggest(q, null);
            assertEquals(200, answer.status(), q + ": " + answer.body());
        }
        assertEquals(0, suggest("%%%", null).body().path("suggestions").size());
    }

    @Test
    void refusesAMissingOrTooLongQuery() {
        Api.assertInvalid(suggest(null, null), "q");
        Api.assertInvalid(suggest("x".repeat(201), null), "q");
        assertEquals(200, suggest("x".repeat(200), null).status());
    }
}
