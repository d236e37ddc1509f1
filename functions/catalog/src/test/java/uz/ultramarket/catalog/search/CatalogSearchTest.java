package uz.ultramarket.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.product.ProductCard;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.catalog.product.ProductPage;
import uz.ultramarket.catalog.product.ProductSort;
import uz.ultramarket.catalog.testing.TestDatabase;
import uz.ultramarket.core.money.Money;

/** Search over the 2,000-product demo catalog in a real PostgreSQL 16: what a shopper in Uzbekistan types, and what must come back. */
class CatalogSearchTest {

    private static CatalogSearch search;

    @BeforeAll
    static void loadDemoCatalog() {
        search = new CatalogSearch(TestDatabase.demoCatalog());
    }

    /**
     * Each query with what its top five must show: {@code first=slug} (the best match), {@code slug=slug} (somewhere in
     * the five), {@code category=slug} or {@code brand=Name} (all five), {@code none} (nothing, and no error).
     */
    static Stream<Arguments> queries() {
        return Stream.of(
                // the same products in Latin Uzbek, Cyrillic Uzbek, Russian and English
                q("telefon", "category=smartphones"),
                q("телефон", "category=smartphones"),
                q("smartfon", "category=smartphones"),
                q("смартфон", "category=smartphones"),
                q("muzlatgich", "category=refrigerators"),
                q("музлатгич", "category=refrigerators"),
                q("холодильник", "category=refrigerators"),
                q("refrigerator", "category=refrigerators"),
                q("xolodilnik", "category=refrigerators"),
                q("kir yuvish mashinasi", "category=washing-machines"),
                q("кир ювиш машинаси", "category=washing-machines"),
                q("стиральная машина", "category=washing-machines"),
                q("konditsioner", "category=air-conditioners"),
                q("кондиционер", "category=air-conditioners"),
                q("televizor", "category=tvs"),
                q("телевизор", "category=tvs"),
                q("ноутбук", "category=laptops"),
                q("пылесос", "category=vacuum-cleaners"),
                q("кофе", "category=coffee"),
                // o‘ and g‘ however they are typed
                q("o‘yinchoq", "category=toys"),
                q("o'yinchoq", "category=toys"),
                q("oyinchoq", "category=toys"),
                q("ўйинчоқ", "category=toys"),
                q("g‘ilof", "category=cases"),
                q("чехол", "category=cases"),
                // one or two wrong letters
                q("samsnug", "brand=Samsung"),
                q("telfon", "category=smartphones"),
                q("muzlatgch", "category=refrigerators"),
                q("халадильник", "category=refrigerators"),
                q("kondisioner", "category=air-conditioners"),
                q("hofman", "brand=Hofmann"),
                // prefixes of what is still being typed
                q("sams", "brand=Samsung"),
                q("iphon", "brand=Apple"),
                q("muzlat", "category=refrigerators"),
                // brands, in either script
                q("samsung", "brand=Samsung"),
                q("самсунг", "brand=Samsung"),
                q("artel", "brand=Artel"),
                q("артел", "brand=Artel"),
                q("  SAMSUNG   galaxy  ", "brand=Samsung"),
                // model numbers and names
                q("a55", "first=samsung-galaxy-a55"),
                q("galaxy a55", "first=samsung-galaxy-a55"),
                q("samsung a55", "first=samsung-galaxy-a55"),
                q("iphone 15 pro max", "first=apple-iphone-15-pro-max"),
                q("RB38T603FSA", "first=samsung-rb38t603fsa"),
                q("air max 90", "first=nike-air-max-90"),
                q("krossovka nike", "slug=nike-air-max-90"),
                q("nescafe gold", "slug=nescafe-gold-190-g"),
                q("o‘tkan kunlar", "first=abdulla-qodiriy-days-gone-by"),
                q("минувшие дни", "first=abdulla-qodiriy-days-gone-by"),
                // SQL and LIKE metacharacters are only ever text
                q("%", "none"),
                q("_", "none"),
                q("%%__\\", "none"),
                q("samsung%", "brand=Samsung"),
                q("a55'; DROP TABLE product; --", "slug=samsung-galaxy-a55"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("queries")
    void findsWhatTheShopperMeant(String query, String expectation) {
        List<ProductCard> top = top5(query);
        String[] rule = expectation.split("=", 2);
        List<String> slugs = top.stream().map(ProductCard::slug).toList();
        switch (rule[0]) {
            case "first" -> assertEquals(rule[1], slugs.isEmpty() ? null : slugs.getFirst(), () -> "top 5: " + slugs);
            case "slug" -> assertTrue(slugs.contains(rule[1]), () -> rule[1] + " not in the top 5: " + slugs);
            case "category" -> assertAllFive(top, c -> c.category().equals(rule[1]), "in category " + rule[1]);
            case "brand" -> assertAllFive(top, c -> c.brand().equals(Optional.of(rule[1])), "of brand " + rule[1]);
            case "none" -> assertTrue(top.isEmpty(), () -> "expected nothing, got " + slugs);
            default -> throw new IllegalArgumentException(expectation);
        }
    }

    @Test
    void theCatalogSurvivesAnInjectionAttempt() {
        top5("'; DELETE FROM product; --");
        top5("\\'; DROP TABLE sku; --");
        assertEquals(5, top5("samsung").size());
    }

    @Test
    void namesComeInTheAskedLanguage() {
        var inRussian = search.search(SearchQuery.parse("muzlatgich artel"), Language.RU, ProductFilters.NONE,
                ProductSort.RELEVANCE, Optional.empty(), 1).products().getFirst();
        assertTrue(inRussian.name().startsWith("Холодильник Artel"), inRussian.name());
        var inEnglish = search.search(SearchQuery.parse("холодильник artel"), Language.EN, ProductFilters.NONE,
                ProductSort.RELEVANCE, Optional.empty(), 1).products().getFirst();
        assertTrue(inEnglish.name().endsWith("refrigerator"), inEnglish.name());
    }

    @Test
    void aNameMatchOutranksADescriptionMatch() {
        // "Official warranty" is in every description; "Galaxy" only in Samsung names
        var slugs = top5("galaxy warranty").stream().map(ProductCard::slug).toList();
        assertTrue(slugs.stream().allMatch(s -> s.contains("galaxy")), slugs.toString());
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        var seen = new HashSet<String>();
        var all = new ArrayList<ProductCard>();
        Optional<String> cursor = Optional.empty();
        do {
            ProductPage page = search.search(SearchQuery.parse("samsung"), Language.UZ, ProductFilters.NONE,
                    ProductSort.RELEVANCE, cursor, 20);
            page.products().forEach(p -> assertTrue(seen.add(p.slug()), "repeated " + p.slug()));
            all.addAll(page.products());
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        var single = search.search(SearchQuery.parse("samsung"), Language.UZ, ProductFilters.NONE, ProductSort.RELEVANCE,
                Optional.empty(), 100).products();
        assertTrue(all.size() > 20, "more than one page: " + all.size());
        assertEquals(single.stream().map(ProductCard::slug).toList(),
                all.stream().limit(single.size()).map(ProductCard::slug).toList());
    }

    @Test
    void filtersAndSortsApplyToResults() {
        var filters = ProductFilters.NONE.inCategory("electronics").pricedBetween(Money.ofSom(3_000_000), Money.ofSom(6_000_000)).onlyInStock();
        var page = search.search(SearchQuery.parse("samsung"), Language.UZ, filters, ProductSort.PRICE_ASC, Optional.empty(), 50);
        assertFalse(page.products().isEmpty());
        long previous = 0;
        for (var card : page.products()) {
            assertTrue(card.inStock());
            assertTrue(card.price().compareTo(Money.ofSom(3_000_000)) >= 0 && card.price().compareTo(Money.ofSom(6_000_000)) <= 0);
            assertTrue(card.price().tiyin() >= previous, "ascending by price");
            previous = card.price().tiyin();
        }
    }

    @Test
    void suggestsCategoriesBrandsAndProductsForAPrefix() {
        var suggestions = search.suggest(SearchQuery.parse("sams"), Language.RU, 5);
        assertEquals(new Suggestion(Suggestion.Kind.BRAND, "samsung", "Samsung"), suggestions.getFirst());
        var products = suggestions.stream().filter(s -> s.kind() == Suggestion.Kind.PRODUCT).toList();
        assertEquals(5, products.size());
        assertTrue(products.stream().allMatch(s -> s.text().contains("Samsung")), products.toString());

        var fridges = search.suggest(SearchQuery.parse("муз"), Language.UZ, 5);
        assertEquals(new Suggestion(Suggestion.Kind.CATEGORY, "refrigerators", "Muzlatgichlar"), fridges.getFirst());
        assertTrue(search.suggest(SearchQuery.parse("galaxy a5"), Language.EN, 5).stream()
                .anyMatch(s -> s.slug().equals("samsung-galaxy-a55")));
    }

    @Test
    void suggestsNearNamesWhenNothingStartsWithATypo() {
        var suggestions = search.suggest(SearchQuery.parse("samsnug"), Language.UZ, 5);
        assertFalse(suggestions.isEmpty());
        assertTrue(suggestions.stream().allMatch(s -> s.text().contains("Samsung")), suggestions.toString());
    }

    private static Arguments q(String query, String expectation) {
        return Arguments.of(query, expectation);
    }

    private static List<ProductCard> top5(String query) {
        return search.search(SearchQuery.parse(query), Language.UZ, ProductFilters.NONE, ProductSort.RELEVANCE,
                Optional.empty(), 5).products();
    }

    private static void assertAllFive(List<ProductCard> top, java.util.function.Predicate<ProductCard> rule, String what) {
        assertEquals(5, top.size(), () -> "five results expected, got " + top);
        assertTrue(top.stream().allMatch(rule), () -> "not all " + what + ": "
                + top.stream().map(c -> c.slug() + " (" + c.category() + ", " + c.brand().orElse("-") + ")").toList());
    }
}
