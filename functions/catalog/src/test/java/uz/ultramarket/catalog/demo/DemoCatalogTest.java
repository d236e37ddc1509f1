package uz.ultramarket.catalog.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.catalog.load.CatalogData;
import uz.ultramarket.catalog.load.CatalogData.Category;
import uz.ultramarket.catalog.load.CatalogData.Sku;
import uz.ultramarket.catalog.load.CatalogData.Status;
import uz.ultramarket.core.money.Money;

class DemoCatalogTest {

    /** A change means every local stack gets a different demo shop: update it when that is the intent. */
    private static final String PINNED_CHECKSUM = "cb40809b20807b6d63005178d04046c241a560b84d395068443505f5fd1bcdd7";

    private static CatalogData catalog;

    @BeforeAll
    static void generate() {
        catalog = DemoCatalog.standard();
    }

    @Test
    void theSameSeedGivesTheSameCatalogOnEveryMachine() {
        String checksum = DemoCatalog.checksum(catalog);
        assertEquals(checksum, DemoCatalog.checksum(DemoCatalog.standard()));
        assertNotEquals(checksum, DemoCatalog.checksum(DemoCatalog.generate(DemoCatalog.SEED + 1, DemoCatalog.STANDARD_SIZE)));
        assertEquals(PINNED_CHECKSUM, checksum);
    }

    @Test
    void hasACategoryTreeOfTwoAndThreeLevels() {
        assertTrue(catalog.categories().size() >= 40, "categories: " + catalog.categories().size());
        var parents = new HashMap<String, Optional<String>>();
        catalog.categories().forEach(c -> parents.put(c.slug(), c.parent()));
        int deepest = catalog.categories().stream().mapToInt(c -> depth(c, parents)).max().orElseThrow();
        assertEquals(3, deepest);
        assertEquals("refrigerators", catalog.categories().stream().filter(c -> c.name().ru().equals("Холодильники"))
                .map(Category::slug).findFirst().orElseThrow());
        assertEquals(Optional.of("large-appliances"), parents.get("washing-machines"));
        assertEquals(Optional.of("home-appliances"), parents.get("large-appliances"));
    }

    @Test
    void hasTwoThousandProductsWithUniqueSlugsAndSkuCodes() {
        assertEquals(DemoCatalog.STANDARD_SIZE, catalog.products().size());
        assertEquals(catalog.products().size(), catalog.products().stream().map(p -> p.slug()).distinct().count());
        var codes = catalog.products().stream().flatMap(p -> p.skus().stream()).map(Sku::code).toList();
        assertEquals(codes.size(), new HashSet<>(codes).size());
        assertTrue(catalog.products().stream().allMatch(p -> !p.skus().isEmpty() && p.slug().matches("[a-z0-9]+(-[a-z0-9]+)*")));
    }

    @Test
    void pricesTheWayShopsInUzbekistanDo() {
        var a55 = catalog.products().stream().filter(p -> p.slug().equals("samsung-galaxy-a55")).findFirst().orElseThrow();
        assertTrue(a55.skus().stream().anyMatch(s -> s.price().equals(Money.ofSom(5_199_000)) && s.options().get("storage_gb").equals(256)));
        for (var product : catalog.products()) {
            for (var sku : product.skus()) {
                long som = sku.price().tiyin() / 100;
                assertEquals(0, sku.price().tiyin() % 100, "whole so'm");
                assertTrue(som % 1000 == 0 || som % 1000 == 900, product.slug() + " costs " + som);
                sku.compareAtPrice().ifPresent(was -> assertTrue(was.compareTo(sku.price()) > 0, product.slug()));
                assertTrue(sku.ikpu().matches("\\d{17}") && sku.vatPercent() == 12);
                assertTrue(sku.stockReserved() >= 0 && sku.stockReserved() <= sku.stockOnHand());
            }
        }
        assertPricedBetween("refrigerators", 3_000_000, 16_000_000);
        assertPricedBetween("tea", 4_000, 60_000);
        assertPricedBetween("sweets", 4_000, 60_000);
    }

    @Test
    void hasStockOutsDiscountsDraftsAndTheBrandsSoldInUzbekistan() {
        var skus = catalog.products().stream().flatMap(p -> p.skus().stream()).toList();
        assertTrue(skus.stream().anyMatch(s -> s.stockOnHand() == 0));
        assertTrue(catalog.products().stream().anyMatch(p -> p.skus().stream().allMatch(s -> s.stockOnHand() == s.stockReserved())));
        assertTrue(skus.stream().filter(s -> s.compareAtPrice().isPresent()).count() > skus.size() / 10);
        assertTrue(catalog.products().stream().anyMatch(p -> p.status() == Status.DRAFT));
        var brands = catalog.products().stream().flatMap(p -> p.brand().stream()).collect(Collectors.toSet());
        assertTrue(brands.containsAll(List.of("samsung", "artel", "xiaomi", "apple", "lg", "huawei", "honor", "redmi", "tecno",
                "hofmann", "shivaki", "avalon", "bosch", "philips", "nike", "adidas")), brands.toString());
    }

    @Test
    void writesUzbekWithTheUzbekApostrophe() {
        for (var product : catalog.products()) {
            String uz = product.name().uz() + " " + product.description().uz();
            assertFalse(uz.matches("(?s).*[oOgG]['’`ʻ].*"), product.slug() + ": " + uz);
        }
        assertTrue(catalog.products().stream().anyMatch(p -> p.name().uz().contains("O‘") || p.name().uz().contains("o‘")));
    }

    private static void assertPricedBetween(String category, long minSom, long maxSom) {
        var prices = catalog.products().stream().filter(p -> p.category().equals(category))
                .flatMap(p -> p.skus().stream()).map(s -> s.price().tiyin() / 100).toList();
        assertFalse(prices.isEmpty());
        assertTrue(prices.stream().allMatch(p -> p >= minSom && p <= maxSom), category + ": " + prices);
    }

    private static int depth(Category category, java.util.Map<String, Optional<String>> parents) {
        int depth = 1;
        for (var parent = category.parent(); parent.isPresent(); parent = parents.get(parent.get())) depth++;
        return depth;
    }
}
