package uz.ultramarket.catalog.skus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.ultramarket.catalog.skus.SkuCatalog.Reservation;
import uz.ultramarket.catalog.skus.SkuCatalog.Shortage;
import uz.ultramarket.catalog.skus.testing.CatalogFixture;
import uz.ultramarket.core.money.Money;

/** The catalog's narrow interface against a real PostgreSQL with the shop's migrations. */
class PostgresSkuCatalogTest {

    private static CatalogFixture db;
    private static SkuCatalog catalog;

    @BeforeAll
    static void start() throws Exception {
        db = new CatalogFixture();
        catalog = new PostgresSkuCatalog(db.dataSource);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @BeforeEach
    void resetStock() throws SQLException {
        db.sql("""
                DELETE FROM stock_reservation;
                UPDATE sku SET stock_on_hand = 7, stock_reserved = 0 WHERE code = 'A55-BLACK-256';
                UPDATE sku SET stock_on_hand = 3, stock_reserved = 1 WHERE code = 'A55-BLUE-128';
                UPDATE sku SET price = 549900000 WHERE code = 'A55-BLACK-256';""");
    }

    @Test
    void looksUpSkusByCodeInTheShoppersLanguage() {
        var offers = catalog.lookUp(List.of("A55-BLACK-256", "A55-BLUE-128", "NO-SUCH"), "ru");
        assertEquals(2, offers.size(), "an unknown code is simply absent");
        var black = offers.get("A55-BLACK-256");
        assertEquals("galaxy-a55", black.productSlug());
        assertEquals("Samsung Galaxy A55 ру", black.name());
        assertEquals(Optional.of("demo/a55-front.svg"), black.image());
        assertEquals(Money.ofTiyin(549_900_000), black.price());
        assertEquals(Optional.of(Money.ofTiyin(599_900_000)), black.compareAtPrice());
        assertEquals(7, black.sellable());
        assertTrue(black.forSale());
        assertEquals(List.of(new SkuOffer.SkuOption("color", "Цвет", "black", "Чёрный"),
                new SkuOffer.SkuOption("storage_gb", "Память", 256, "256 GB")), black.options());
        var blue = offers.get("A55-BLUE-128");
        assertEquals(2, blue.sellable(), "on hand less reserved");
        assertEquals(Optional.empty(), blue.compareAtPrice());
        assertEquals("Blue", catalog.lookUp(List.of("A55-BLUE-128"), "en").get("A55-BLUE-128").options().getFirst().label());
    }

    @Test
    void anArchivedProductsSkuIsKnownButNotForSale() {
        var old = catalog.lookUp(List.of("OLD-1"), "uz").get("OLD-1");
        assertEquals(SkuOffer.ProductStatus.ARCHIVED, old.status());
        assertFalse(old.forSale());
        assertEquals(5, old.sellable());
        assertEquals(0, old.buyable());
        assertEquals(Optional.empty(), old.image());
    }

    @Test
    void refusesALanguageItDoesNotSpeak() {
        assertThrows(IllegalArgumentException.class, () -> catalog.lookUp(List.of("OLD-1"), "de; DROP TABLE sku"));
    }

    @Test
    void reservesEveryLineOrNone() throws SQLException {
        var result = catalog.reserve("1001", Map.of("A55-BLACK-256", 5, "A55-BLUE-128", 3));
        assertEquals(new Reservation.Short(List.of(new Shortage("A55-BLUE-128", 3, 2))), result);
        assertArrayEquals(new int[] {7, 0}, db.stock("A55-BLACK-256"), "the line that fitted is not held either");

        assertInstanceOf(Reservation.Reserved.class, catalog.reserve("1001", Map.of("A55-BLACK-256", 5, "A55-BLUE-128", 2)));
        assertArrayEquals(new int[] {7, 5}, db.stock("A55-BLACK-256"));
        assertArrayEquals(new int[] {3, 3}, db.stock("A55-BLUE-128"));
        assertEquals(2, catalog.lookUp(List.of("A55-BLACK-256"), "uz").get("A55-BLACK-256").sellable());
    }

    @Test
    void anUnknownSkuCannotBeReserved() {
        assertEquals(new Reservation.Short(List.of(new Shortage("NO-SUCH", 1, 0))), catalog.reserve("1002", Map.of("NO-SUCH", 1)));
    }

    @Test
    void reservingAgainUnderTheSameIdChangesNothing() throws SQLException {
        assertInstanceOf(Reservation.Reserved.class, catalog.reserve("1003", Map.of("A55-BLACK-256", 4)));
        assertInstanceOf(Reservation.Reserved.class, catalog.reserve("1003", Map.of("A55-BLACK-256", 4)));
        assertArrayEquals(new int[] {7, 4}, db.stock("A55-BLACK-256"));
    }

    @Test
    void releasesOnce() throws SQLException {
        catalog.reserve("1004", Map.of("A55-BLACK-256", 4, "A55-BLUE-128", 1));
        assertTrue(catalog.release("1004"));
        assertArrayEquals(new int[] {7, 0}, db.stock("A55-BLACK-256"));
        assertArrayEquals(new int[] {3, 1}, db.stock("A55-BLUE-128"), "another holder's unit stays held");
        assertFalse(catalog.release("1004"), "a second release gives nothing back");
        assertFalse(catalog.release("never-reserved"));
        assertArrayEquals(new int[] {7, 0}, db.stock("A55-BLACK-256"));
    }

    @Test
    void racingReservationsNeverOversell() throws Exception {
        int shoppers = 20;
        var start = new CountDownLatch(1);
        var tries = new ArrayList<Callable<Reservation>>();
        for (int i = 0; i < shoppers; i++) {
            String id = "race-" + i;
            // each wants one black and, every other one, the last blue too: both SKUs are fought over
            Map<String, Integer> lines = i % 2 == 0 ? Map.of("A55-BLACK-256", 1, "A55-BLUE-128", 1) : Map.of("A55-BLACK-256", 1);
            tries.add(() -> {
                start.await();
                return catalog.reserve(id, lines);
            });
        }
        List<Reservation> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(shoppers)) {
            var futures = tries.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) results.add(future.get());
        }
        long reserved = results.stream().filter(r -> r instanceof Reservation.Reserved).count();
        assertEquals(7, reserved, "exactly the seven black phones on hand are held");
        assertArrayEquals(new int[] {7, 7}, db.stock("A55-BLACK-256"));
        int[] blue = db.stock("A55-BLUE-128");
        assertTrue(blue[1] <= blue[0], "never more blue held than on hand");
        for (int i = 0; i < shoppers; i++) catalog.release("race-" + i);
        assertArrayEquals(new int[] {7, 0}, db.stock("A55-BLACK-256"));
        assertArrayEquals(new int[] {3, 1}, db.stock("A55-BLUE-128"));
    }
}
