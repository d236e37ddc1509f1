package uz.ultramarket.catalog.browse.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uz.ultramarket.catalog.demo.DemoCatalog;
import uz.ultramarket.catalog.listing.ProductListing;
import uz.ultramarket.catalog.load.CatalogLoader;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.catalog.product.ProductSort;
import uz.ultramarket.catalog.search.CatalogSearch;
import uz.ultramarket.catalog.testing.TestDatabase;
import uz.ultramarket.core.testing.FixedClock;

class ProductsServiceTest {

    @Test
    void aFilterSetsFacetsAreReusedForAMinuteThenCountedAgain() throws SQLException {
        var database = TestDatabase.empty("facet_reuse");
        new CatalogLoader(database).load(DemoCatalog.generate(DemoCatalog.SEED, 300));
        var clock = FixedClock.at("2026-11-24T09:00:00Z");
        var service = new ProductsService(new ProductListing(database), new CatalogSearch(database),
                new FacetStore(database, clock), clock);
        var request = new ListingQuery(ProductFilters.NONE.inCategory("electronics"), Map.of(), Optional.empty(),
                ProductSort.POPULARITY, Optional.empty(), 24, Language.EN);
        var before = service.list(request).facets();

        try (var connection = database.getConnection(); var statement = connection.createStatement()) {
            statement.execute("UPDATE product SET status = 'archived' WHERE id IN (SELECT p.id FROM product p"
                    + " JOIN category c ON c.id = p.category_id WHERE c.slug = 'smartphones')");
            statement.execute("SELECT refresh_catalog_facets()");
        }
        clock.advance(ProductsService.FACETS_AGE.minusSeconds(1));
        assertEquals(before, service.list(request).facets(), "within a minute the counted facets are reused");

        clock.advance(Duration.ofSeconds(2));
        var after = service.list(request).facets();
        assertNotEquals(before, after, "after a minute they are counted again");
        long total = after.brands().stream().mapToLong(Facets.BrandCount::count).sum();
        long totalBefore = before.brands().stream().mapToLong(Facets.BrandCount::count).sum();
        assertEquals(true, total < totalBefore, "archived smartphones no longer counted: " + total + " < " + totalBefore);
    }
}
