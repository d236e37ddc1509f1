package uz.ultramarket.catalog.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uz.ultramarket.catalog.listing.ProductListing;
import uz.ultramarket.catalog.product.AttributeFilter;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.catalog.product.ProductSort;
import uz.ultramarket.catalog.search.CatalogSearch;
import uz.ultramarket.catalog.search.SearchQuery;
import uz.ultramarket.catalog.testing.TestDatabase;

/**
 * PostgreSQL's own plans for the main listing and search queries on the analysed 2,000-product demo catalog: each
 * reads products through an index, never by scanning the whole table.
 */
class QueryPlanTest {

    private static ProductListing listing;
    private static CatalogSearch search;

    @BeforeAll
    static void loadDemoCatalog() {
        var database = TestDatabase.demoCatalog(); // the loader ANALYZEs after loading
        listing = new ProductListing(database);
        search = new CatalogSearch(database);
    }

    static Stream<Arguments> queries() {
        var fridges = ProductFilters.NONE.inCategory("refrigerators");
        return Stream.of(
                plan("category by popularity", () -> list(fridges, ProductSort.POPULARITY, Optional.empty())),
                plan("category by price, next page", () -> list(fridges, ProductSort.PRICE_ASC, nextCursor(fridges, ProductSort.PRICE_ASC))),
                plan("category by price, dearest first", () -> list(fridges, ProductSort.PRICE_DESC, Optional.empty())),
                plan("category by newest", () -> list(fridges, ProductSort.NEWEST, Optional.empty())),
                plan("all products by popularity, next page", () -> list(ProductFilters.NONE, ProductSort.POPULARITY,
                        nextCursor(ProductFilters.NONE, ProductSort.POPULARITY))),
                plan("brand", () -> list(ProductFilters.NONE.ofBrands("artel"), ProductSort.POPULARITY, Optional.empty())),
                plan("attribute", () -> list(ProductFilters.NONE.with(AttributeFilter.of("energy_class", "a-plus-plus")),
                        ProductSort.PRICE_ASC, Optional.empty())),
                plan("variant option", () -> list(ProductFilters.NONE.with(AttributeFilter.of("storage_gb", 512)),
                        ProductSort.PRICE_ASC, Optional.empty())),
                plan("search by name", () -> search("samsung galaxy")),
                plan("search by category name in Russian", () -> search("холодильник")),
                plan("search with a typo", () -> search("samsnug")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void readsProductsThroughAnIndex(String query, java.util.function.Supplier<String> explain) {
        String plan = explain.get();
        assertFalse(plan.contains("Seq Scan on product"), () -> query + " scans the whole product table:\n" + plan);
        assertTrue(Stream.of("Index Scan using product_", "Index Scan Backward using product_", "Bitmap Index Scan on product_")
                .anyMatch(plan::contains), () -> query + " uses no product index:\n" + plan);
    }

    private static Arguments plan(String name, java.util.function.Supplier<String> explain) {
        return Arguments.of(name, explain);
    }

    private static String list(ProductFilters filters, ProductSort sort, Optional<String> cursor) {
        return listing.explain(filters, sort, cursor, 24, Language.UZ);
    }

    private static Optional<String> nextCursor(ProductFilters filters, ProductSort sort) {
        return listing.list(filters, sort, Optional.empty(), 24, Language.UZ).nextCursor();
    }

    private static String search(String query) {
        return search.explain(SearchQuery.parse(query), Language.UZ, ProductFilters.NONE, ProductSort.RELEVANCE, Optional.empty(), 24);
    }

}
