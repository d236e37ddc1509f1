package uz.ultramarket.catalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uz.ultramarket.catalog.testing.TestDatabase;

/** The catalog schema (V2__catalog.sql) itself refuses impossible stock, prices and fiscal codes, and keeps each product's offer. */
class CatalogSchemaTest {

    private static DataSource database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.empty("schema_test");
    }

    @BeforeEach
    void oneProduct() throws SQLException {
        sql("TRUNCATE category, brand, product, sku RESTART IDENTITY CASCADE");
        sql("INSERT INTO category (slug, name_uz, name_ru, name_en) VALUES ('smartphones', 'Smartfonlar', 'Смартфоны', 'Smartphones')");
        sql("INSERT INTO product (slug, category_id, name_uz, name_ru, name_en, status)"
                + " VALUES ('samsung-galaxy-a55', 1, 'Smartfon Samsung Galaxy A55', 'Смартфон Samsung Galaxy A55', 'Samsung Galaxy A55', 'active')");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative stock on hand      | -1 | 0  | 469900000 | NULL      | 08517001001000000 | 12  | sku_stock_never_negative
            negative reservation        | 5  | -1 | 469900000 | NULL      | 08517001001000000 | 12  | sku_stock_never_negative
            more reserved than on hand  | 2  | 3  | 469900000 | NULL      | 08517001001000000 | 12  | sku_stock_never_negative
            zero price                  | 5  | 0  | 0         | NULL      | 08517001001000000 | 12  | sku_price_positive
            compare-at equal to price   | 5  | 0  | 469900000 | 469900000 | 08517001001000000 | 12  | sku_compare_at_above_price
            compare-at below price      | 5  | 0  | 469900000 | 400000000 | 08517001001000000 | 12  | sku_compare_at_above_price
            IKPU of 16 digits           | 5  | 0  | 469900000 | NULL      | 0851700100100000  | 12  | sku_ikpu_17_digits
            IKPU of 18 digits           | 5  | 0  | 469900000 | NULL      | 085170010010000000| 12  | sku_ikpu_17_digits
            IKPU with a letter          | 5  | 0  | 469900000 | NULL      | 0851700100100000A | 12  | sku_ikpu_17_digits
            VAT over 100                | 5  | 0  | 469900000 | NULL      | 08517001001000000 | 101 | sku_vat_percent_range
            negative VAT                | 5  | 0  | 469900000 | NULL      | 08517001001000000 | -1  | sku_vat_percent_range
            """)
    void refusesAnImpossibleSku(String what, int onHand, int reserved, long price, String compareAt, String ikpu, int vat,
                                String constraint) {
        var error = assertThrows(SQLException.class, () -> sql("INSERT INTO sku (code, product_id, price, compare_at_price,"
                + " stock_on_hand, stock_reserved, ikpu, vat_percent) VALUES ('SAMS-000001-01', 1, " + price + ", " + compareAt
                + ", " + onHand + ", " + reserved + ", '" + ikpu + "', " + vat + ")"));
        assertTrue(error.getMessage().contains(constraint), error.getMessage());
    }

    @Test
    void aReservationCannotOutgrowTheStock() throws SQLException {
        sql("INSERT INTO sku (code, product_id, price, stock_on_hand, ikpu) VALUES ('SAMS-000001-01', 1, 469900000, 2, '08517001001000000')");
        sql("UPDATE sku SET stock_reserved = stock_reserved + 2 WHERE code = 'SAMS-000001-01'");
        var error = assertThrows(SQLException.class,
                () -> sql("UPDATE sku SET stock_reserved = stock_reserved + 1 WHERE code = 'SAMS-000001-01'"));
        assertTrue(error.getMessage().contains("sku_stock_never_negative"));
        assertThrows(SQLException.class, () -> sql("UPDATE sku SET stock_on_hand = stock_on_hand - 3 WHERE code = 'SAMS-000001-01'"));
    }

    @Test
    void refusesBadSlugsStatusesAndDuplicates() {
        assertThrows(SQLException.class, () -> sql("INSERT INTO category (slug, name_uz, name_ru, name_en) VALUES ('Bad Slug', 'a', 'b', 'c')"));
        assertThrows(SQLException.class, () -> sql("INSERT INTO category (slug, name_uz, name_ru, name_en) VALUES ('smartphones', 'a', 'b', 'c')"));
        assertThrows(SQLException.class, () -> sql("UPDATE product SET status = 'deleted'"));
        assertThrows(SQLException.class, () -> sql("UPDATE product SET attributes = '[1, 2]'"));
        assertThrows(SQLException.class, () -> sql("UPDATE category SET parent_id = id"));
    }

    @Test
    void keepsEachProductsOfferUpToDateWithItsSkus() throws SQLException {
        sql("INSERT INTO sku (code, product_id, options, price, compare_at_price, stock_on_hand, stock_reserved, ikpu, position) VALUES"
                + " ('SAMS-000001-01', 1, '{\"color\": \"blue\", \"storage_gb\": 128}', 469900000, 499900000, 3, 0, '08517001001000000', 0),"
                + " ('SAMS-000001-02', 1, '{\"color\": \"blue\", \"storage_gb\": 256}', 519900000, NULL, 0, 0, '08517001001000000', 1),"
                + " ('SAMS-000001-03', 1, '{\"color\": \"black\", \"storage_gb\": 128}', 469900000, NULL, 0, 0, '08517001001000000', 2)");
        assertEquals("469900000|499900000|t|{\"color\": [\"blue\", \"black\"], \"storage_gb\": [128, 256]}", offer());

        sql("UPDATE sku SET stock_reserved = 3 WHERE code = 'SAMS-000001-01'");
        assertTrue(offer().contains("|f|"), "the last sellable unit is reserved: out of stock");

        sql("DELETE FROM sku WHERE code IN ('SAMS-000001-01', 'SAMS-000001-03')");
        assertEquals("519900000||f|{\"color\": [\"blue\"], \"storage_gb\": [256]}", offer());
    }

    private static String offer() throws SQLException {
        try (var connection = database.getConnection(); var rows = connection.createStatement().executeQuery(
                "SELECT concat_ws('|', price_min, coalesce(compare_at_price::text, ''), in_stock, offered_options) FROM product")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (var connection = database.getConnection(); var run = connection.createStatement()) {
            run.execute(statement);
        }
    }
}
