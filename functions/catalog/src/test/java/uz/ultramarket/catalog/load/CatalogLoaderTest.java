package uz.ultramarket.catalog.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.catalog.demo.DemoCatalog;
import uz.ultramarket.catalog.load.CatalogData.Product;
import uz.ultramarket.catalog.load.CatalogData.Sku;
import uz.ultramarket.catalog.load.CatalogData.Status;
import uz.ultramarket.catalog.product.LocalizedText;
import uz.ultramarket.catalog.testing.TestDatabase;
import uz.ultramarket.core.money.Money;

class CatalogLoaderTest {

    private static DataSource database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.empty("loader_test");
    }

    @Test
    void loadsAnEmptyCatalogOnceAndThenLeavesItAlone() throws SQLException {
        CatalogData catalog = DemoCatalog.generate(DemoCatalog.SEED, 300);
        var loader = new CatalogLoader(database);

        var first = loader.load(catalog);
        assertTrue(first.loaded());
        assertEquals(catalog.products().size(), first.products());
        assertEquals(catalog.products().stream().mapToInt(p -> p.skus().size()).sum(), first.skus());
        assertEquals(first.products(), count("SELECT count(*) FROM product"));
        assertEquals(first.skus(), count("SELECT count(*) FROM sku"));
        assertEquals(catalog.categories().size(), count("SELECT count(*) FROM category"));

        var second = loader.load(DemoCatalog.generate(7, 50));
        assertFalse(second.loaded(), "a catalog with data is left alone");
        assertEquals(first.products(), count("SELECT count(*) FROM product"));

        // the SKU triggers derived every product's offer from its SKUs
        assertEquals(0, count("SELECT count(*) FROM product p WHERE price_min IS DISTINCT FROM (SELECT min(price) FROM sku WHERE product_id = p.id)"));
        assertEquals(0, count("SELECT count(*) FROM product p WHERE in_stock <> EXISTS (SELECT 1 FROM sku WHERE product_id = p.id AND stock_on_hand > stock_reserved)"));
        assertEquals(4_699_000_00L, (long) count("SELECT price_min FROM product WHERE slug = 'samsung-galaxy-a55'"));
        // names and search documents arrive intact, apostrophes and Cyrillic included
        assertEquals(1, count("SELECT count(*) FROM category WHERE slug = 'cases' AND name_uz = 'G‘iloflar va himoya oynalari'"
                + " AND search_name LIKE '%gilof%' AND search_name LIKE '%chexli%'"));
        // the identities continue after the loaded ids
        sql("INSERT INTO brand (slug, name) VALUES ('new-brand', 'New brand')");
        assertEquals(catalog.brands().size() + 1, count("SELECT id FROM brand WHERE slug = 'new-brand'"));
    }

    @Test
    void refusesAnAttributeValueOfTheWrongType() {
        var loader = new CatalogLoader(TestDatabase.empty("loader_bad_attribute"));
        var catalog = DemoCatalog.generate(DemoCatalog.SEED, 100);
        var phone = catalog.products().getFirst();
        var bad = new Product("bad-phone", phone.category(), phone.brand(), LocalizedText.of("Yomon", "Плохой", "Bad"),
                phone.description(), Map.of("ram_gb", "eight"), List.of(), Status.ACTIVE, 0, Instant.EPOCH,
                List.of(new Sku("BAD-000001-01", Map.of(), Money.ofSom(1_000), Optional.empty(), 1, 0, "08517001001000000", 12)));
        var products = new java.util.ArrayList<>(catalog.products());
        products.add(bad);
        var error = assertThrows(IllegalArgumentException.class, () -> loader.load(
                new CatalogData(catalog.categories(), catalog.brands(), catalog.attributes(), products)));
        assertTrue(error.getMessage().contains("bad-phone: attribute ram_gb must be a number"), error.getMessage());
    }

    private static int count(String sql) throws SQLException {
        try (var connection = database.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return (int) rows.getLong(1);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (var connection = database.getConnection(); var run = connection.createStatement()) {
            run.execute(statement);
        }
    }
}
