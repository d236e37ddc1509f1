package uz.ultramarket.catalog.browse.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.product.ProductCard;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.catalog.product.ProductPage;
import uz.ultramarket.catalog.product.ProductScope;
import uz.ultramarket.catalog.product.ProductSort;
import uz.ultramarket.catalog.search.CatalogSearch;
import uz.ultramarket.catalog.search.SearchQuery;
import uz.ultramarket.catalog.testing.TestDatabase;
import uz.ultramarket.core.money.Money;

/** The counts kept ahead (refresh_catalog_facets) and the live counts must be the same numbers. */
class FacetStoreTest {

    private static DataSource database;
    private static FacetStore facets;
    private static CatalogSearch search;

    @BeforeAll
    static void start() {
        database = TestDatabase.demoCatalog();
        facets = new FacetStore(database, Clock.systemUTC());
        search = new CatalogSearch(database);
    }

    static Stream<Arguments> wholeScopes() {
        return Stream.of(
                Arguments.of("the whole catalog", ProductFilters.NONE),
                Arguments.of("the whole catalog in stock", ProductFilters.NONE.onlyInStock()),
                Arguments.of("a top category with its subcategories", ProductFilters.NONE.inCategory("electronics")),
                Arguments.of("a leaf category", ProductFilters.NONE.inCategory("smartphones")),
                Arguments.of("a leaf category in stock", ProductFilters.NONE.inCategory("refrigerators").onlyInStock()),
                Arguments.of("a category two levels up", ProductFilters.NONE.inCategory("gadget-accessories")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wholeScopes")
    void countsKeptAheadAreTheLiveCounts(String scope, ProductFilters filters) {
        for (Language language : Language.values()) {
            var dictionary = facets.dictionary(language);
            var kept = facets.facets(filters, dictionary);
            var live = facets.facets(ProductScope.filtered(filters), filters.category().isPresent(), dictionary);
            assertEquals(live, kept, scope + " in " + language);
            assertFalse(kept.brands().isEmpty(), scope);
            assertTrue(kept.price().isPresent(), scope);
            assertEquals(filters.category().isPresent(), !kept.attributes().isEmpty(),
                    "attribute facets exactly when within a category: " + scope);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"telefon", "холодильник", "samsung", "samsnug", "samsung s", "o‘yinchoq", "kofe"})
    void aSearchsFacetsCountExactlyTheProductsItLists(String text) {
        var query = SearchQuery.parse(text);
        var filters = ProductFilters.NONE;
        var brands = new TreeMap<String, Long>();
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE, listed = 0;
        Optional<String> cursor = Optional.empty();
        do {
            ProductPage page = search.search(query, Language.UZ, filters, ProductSort.RELEVANCE, cursor, 100);
            for (ProductCard card : page.products()) {
                listed++;
                card.brandSlug().ifPresent(slug -> brands.merge(slug, 1L, Long::sum));
                min = Math.min(min, card.price().tiyin());
                max = Math.max(max, card.price().tiyin());
            }
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        assertTrue(listed > 0, text + " finds something");

        var counted = facets.facets(search.matching(query, filters), false, facets.dictionary(Language.UZ));
        Map<String, Long> countedBrands = counted.brands().stream()
                .collect(Collectors.toMap(Facets.BrandCount::slug, Facets.BrandCount::count, Long::sum, TreeMap::new));
        assertEquals(brands, countedBrands, text);
        assertEquals(Optional.of(new Facets.PriceRange(Money.ofTiyin(min), Money.ofTiyin(max))), counted.price(), text);
    }
}
