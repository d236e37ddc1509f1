package uz.ultramarket.catalog.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.catalog.product.AttributeFilter;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.product.PageCursor;
import uz.ultramarket.catalog.product.ProductCard;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.catalog.product.ProductSort;
import uz.ultramarket.catalog.product.UnknownCategoryException;
import uz.ultramarket.catalog.testing.TestDatabase;
import uz.ultramarket.core.money.Money;

/** Browsing the demo catalog: filters, every sort, and keyset pages that add up to the whole list. */
class ProductListingTest {

    private static DataSource database;
    private static ProductListing listing;

    @BeforeAll
    static void loadDemoCatalog() {
        database = TestDatabase.demoCatalog();
        listing = new ProductListing(database);
    }

    @Test
    void walksACategoryPageByPageInEverySort() throws SQLException {
        int sellable = count("SELECT count(*) FROM product p JOIN category c ON c.id = p.category_id"
                + " WHERE c.slug = 'refrigerators' AND p.status = 'active'");
        for (ProductSort sort : ProductSort.values()) {
            List<ProductCard> all = everyPage(ProductFilters.NONE.inCategory("refrigerators"), sort, 7);
            assertEquals(sellable, all.size(), sort + ": every active fridge once");
            assertEquals(sellable, new HashSet<>(all.stream().map(ProductCard::slug).toList()).size(), sort + ": no repeats");
            if (sort == ProductSort.PRICE_ASC) assertSorted(all, Comparator.comparing(ProductCard::price));
            if (sort == ProductSort.PRICE_DESC) assertSorted(all, Comparator.comparing(ProductCard::price).reversed());
        }
    }

    @Test
    void walksACategoryWithSubcategoriesInEverySortAsOneOrder() throws SQLException {
        // each subcategory is read through its own index and the pages merged: the merge must be one order, no gaps
        int sellable = count("WITH RECURSIVE below AS (SELECT id FROM category WHERE slug = 'home-appliances'"
                + " UNION ALL SELECT c.id FROM category c JOIN below b ON c.parent_id = b.id)"
                + " SELECT count(*) FROM product p WHERE p.category_id IN (SELECT id FROM below)"
                + " AND p.status = 'active' AND p.price_min IS NOT NULL");
        for (ProductSort sort : ProductSort.values()) {
            List<ProductCard> all = everyPage(ProductFilters.NONE.inCategory("home-appliances"), sort, 9);
            assertEquals(sellable, all.size(), sort + ": every active appliance once");
            assertEquals(sellable, new HashSet<>(all.stream().map(ProductCard::slug).toList()).size(), sort + ": no repeats");
            if (sort == ProductSort.PRICE_ASC) assertSorted(all, Comparator.comparing(ProductCard::price));
            if (sort == ProductSort.PRICE_DESC) assertSorted(all, Comparator.comparing(ProductCard::price).reversed());
            var inOnePage = listing.list(ProductFilters.NONE.inCategory("home-appliances"), sort, Optional.empty(), 100,
                    Language.UZ).products();
            assertEquals(inOnePage, all.subList(0, inOnePage.size()), sort + ": pages of 9 read as one page of 100");
        }
    }

    @Test
    void aCategoryIncludesEverythingBelowIt() {
        var categories = new HashSet<String>();
        everyPage(ProductFilters.NONE.inCategory("home-appliances"), ProductSort.POPULARITY, 100)
                .forEach(card -> categories.add(card.category()));
        assertTrue(categories.containsAll(List.of("refrigerators", "washing-machines", "air-conditioners", "kettles")),
                categories.toString());
        assertFalse(categories.contains("smartphones"));
    }

    @Test
    void filtersByBrandPriceStockAndAttributes() {
        var filters = ProductFilters.NONE.inCategory("smartphones").ofBrands("samsung", "apple")
                .pricedBetween(Money.ofSom(4_000_000), Money.ofSom(12_000_000)).onlyInStock()
                .with(AttributeFilter.of("storage_gb", 256)).with(AttributeFilter.of("screen_in", new java.math.BigDecimal("6.6"), new java.math.BigDecimal("6.7")));
        var cards = everyPage(filters, ProductSort.PRICE_ASC, 50);
        assertFalse(cards.isEmpty());
        for (var card : cards) {
            assertTrue(card.brand().equals(Optional.of("Samsung")) || card.brand().equals(Optional.of("Apple")), card.toString());
            assertTrue(card.inStock());
            assertTrue(card.price().compareTo(Money.ofSom(4_000_000)) >= 0 && card.price().compareTo(Money.ofSom(12_000_000)) <= 0);
        }
        assertTrue(cards.stream().anyMatch(c -> c.slug().equals("samsung-galaxy-a55")), () -> "A55 comes in 256 GB: " + cards);
    }

    @Test
    void anAttributeFilterTakesAnyOfItsValues() {
        var aPlus = everyPage(ProductFilters.NONE.inCategory("refrigerators").with(AttributeFilter.of("energy_class", "a-plus")), ProductSort.NEWEST, 100);
        var aPlusOrBetter = everyPage(ProductFilters.NONE.inCategory("refrigerators")
                .with(AttributeFilter.of("energy_class", "a-plus", "a-plus-plus")), ProductSort.NEWEST, 100);
        assertFalse(aPlus.isEmpty());
        assertTrue(aPlusOrBetter.size() > aPlus.size());
    }

    @Test
    void showsThePriceOfTheCheapestVariantAndItsCompareAtPrice() {
        var a55 = everyPage(ProductFilters.NONE.inCategory("smartphones").ofBrands("samsung"), ProductSort.POPULARITY, 100)
                .stream().filter(c -> c.slug().equals("samsung-galaxy-a55")).findFirst().orElseThrow();
        assertEquals(Money.ofSom(4_699_000), a55.price());
        assertEquals("Смартфон Samsung Galaxy A55", listing.list(ProductFilters.NONE.inCategory("smartphones").ofBrands("samsung")
                .pricedBetween(Money.ofSom(4_699_000), Money.ofSom(4_699_000)), ProductSort.POPULARITY, Optional.empty(), 10, Language.RU)
                .products().stream().filter(c -> c.slug().equals("samsung-galaxy-a55")).findFirst().orElseThrow().name());
        assertTrue(a55.image().orElseThrow().matches("demo/smartphones/[a-z]+-front\\.svg"), a55.image().toString());
    }

    @Test
    void refusesWhatItCannotAnswer() {
        assertThrows(UnknownCategoryException.class,
                () -> listing.list(ProductFilters.NONE.inCategory("no-such-category"), ProductSort.POPULARITY, Optional.empty(), 10, Language.UZ));
        assertThrows(PageCursor.InvalidCursorException.class,
                () -> listing.list(ProductFilters.NONE, ProductSort.POPULARITY, Optional.of("not-a-cursor"), 10, Language.UZ));
        String byPrice = listing.list(ProductFilters.NONE, ProductSort.PRICE_ASC, Optional.empty(), 2, Language.UZ).nextCursor().orElseThrow();
        assertThrows(PageCursor.InvalidCursorException.class,
                () -> listing.list(ProductFilters.NONE, ProductSort.NEWEST, Optional.of(byPrice), 10, Language.UZ));
        assertThrows(IllegalArgumentException.class,
                () -> listing.list(ProductFilters.NONE, ProductSort.POPULARITY, Optional.empty(), 101, Language.UZ));
        assertThrows(IllegalArgumentException.class,
                () -> listing.list(ProductFilters.NONE, ProductSort.POPULARITY, Optional.empty(), 0, Language.UZ));
    }

    @Test
    void neverListsDraftsOrArchivedProducts() throws SQLException {
        int hidden = count("SELECT count(*) FROM product WHERE status <> 'active'");
        int active = count("SELECT count(*) FROM product WHERE status = 'active'");
        assertTrue(hidden > 0, "the demo catalog has drafts and archived products");
        assertEquals(active, everyPage(ProductFilters.NONE, ProductSort.NEWEST, 100).size());
    }

    private static List<ProductCard> everyPage(ProductFilters filters, ProductSort sort, int pageSize) {
        var cards = new ArrayList<ProductCard>();
        Optional<String> cursor = Optional.empty();
        do {
            var page = listing.list(filters, sort, cursor, pageSize, Language.UZ);
            cards.addAll(page.products());
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return cards;
    }

    private static void assertSorted(List<ProductCard> cards, Comparator<ProductCard> order) {
        for (int i = 1; i < cards.size(); i++) {
            assertTrue(order.compare(cards.get(i - 1), cards.get(i)) <= 0, "out of order at " + i + ": " + cards.get(i));
        }
    }

    private static int count(String sql) throws SQLException {
        try (var connection = database.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
