package uz.ultramarket.catalog.skus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
                UPDATE sku SET price = 549900000 WHERE code = 'A55-BLACK-256';
                UPDATE sku SET stock_on_hand = 1000, stock_reserved = 0
                 WHERE code LIKE 'CABLE-%' AND (stock_on_hand, stock_reserved) <> (1000, 0);
                UPDATE sku SET vat_percent = 12 WHERE code = 'OLD-1';""");
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
    void looksUpTheFiscalCodesAReceiptNeeds() throws SQLException {
        db.sql("UPDATE sku SET vat_percent = 0 WHERE code = 'OLD-1'");
        var offers = catalog.lookUp(List.of("A55-BLACK-256", "CABLE-07", "OLD-1"), "uz");
        assertEquals("08517001001000000", offers.get("A55-BLACK-256").ikpu());
        assertEquals(12, offers.get("A55-BLACK-256").vatPercent(), "the column's default");
        assertEquals("08544420000000000", offers.get("CABLE-07").ikpu());
        assertEquals(0, offers.get("OLD-1").vatPercent());
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
    void takesHeldStockOffHandOnce() throws SQLException {
        catalog.reserve("1101", Map.of("A55-BLACK-256", 2, "A55-BLUE-128", 1));
        assertTrue(catalog.take("1101"));
        assertArrayEquals(new int[] {5, 0}, db.stock("A55-BLACK-256"), "gone from on hand and from reserved");
        assertArrayEquals(new int[] {2, 1}, db.stock("A55-BLUE-128"), "another holder's unit stays held");
        assertEquals(5, catalog.lookUp(List.of("A55-BLACK-256"), "uz").get("A55-BLACK-256").sellable(), "sellable as when held");
        assertEquals(Map.of("taken", 2), states("1101"));

        assertFalse(catalog.take("1101"), "a second take takes nothing");
        assertArrayEquals(new int[] {5, 0}, db.stock("A55-BLACK-256"));
        assertArrayEquals(new int[] {2, 1}, db.stock("A55-BLUE-128"));
        assertFalse(catalog.take("never-reserved"));
    }

    @Test
    void aReleasedReservationCannotBeTaken() throws SQLException {
        catalog.reserve("1102", Map.of("A55-BLACK-256", 2));
        assertTrue(catalog.release("1102"));
        assertFalse(catalog.take("1102"));
        assertArrayEquals(new int[] {7, 0}, db.stock("A55-BLACK-256"));
    }

    @Test
    void releaseAfterTakeChangesNothing() throws SQLException {
        catalog.reserve("1103", Map.of("A55-BLACK-256", 2, "A55-BLUE-128", 1));
        catalog.take("1103");
        assertFalse(catalog.release("1103"), "taken stock is not held any more");
        assertArrayEquals(new int[] {5, 0}, db.stock("A55-BLACK-256"));
        assertArrayEquals(new int[] {2, 1}, db.stock("A55-BLUE-128"));
        assertEquals(Map.of("taken", 2), states("1103"), "the taken rows stay");
    }

    @Test
    void restockAfterTakePutsTheUnitsBackOnHandOnce() throws SQLException {
        catalog.reserve("1104", Map.of("A55-BLACK-256", 2, "A55-BLUE-128", 1));
        catalog.take("1104");
        assertTrue(catalog.restock("1104"));
        assertArrayEquals(new int[] {7, 0}, db.stock("A55-BLACK-256"));
        assertArrayEquals(new int[] {3, 1}, db.stock("A55-BLUE-128"));
        assertEquals(Map.of("returned", 2), states("1104"));

        assertFalse(catalog.restock("1104"), "a second restock returns nothing");
        assertFalse(catalog.take("1104"), "returned stock is not held");
        assertFalse(catalog.release("1104"));
        assertArrayEquals(new int[] {7, 0}, db.stock("A55-BLACK-256"));
        assertArrayEquals(new int[] {3, 1}, db.stock("A55-BLUE-128"));
    }

    @Test
    void restockWithoutTakeIsFalse() throws SQLException {
        catalog.reserve("1105", Map.of("A55-BLACK-256", 2));
        assertFalse(catalog.restock("1105"), "held stock was never off hand");
        assertArrayEquals(new int[] {7, 2}, db.stock("A55-BLACK-256"));
        assertEquals(Map.of("held", 1), states("1105"));
        assertFalse(catalog.restock("never-reserved"));
        assertTrue(catalog.release("1105"), "still held, still released as before");
    }

    @Test
    void reservingAgainAfterTakeOrRestockChangesNothing() throws SQLException {
        catalog.reserve("1106", Map.of("A55-BLACK-256", 2));
        catalog.take("1106");
        assertInstanceOf(Reservation.Reserved.class, catalog.reserve("1106", Map.of("A55-BLACK-256", 3)));
        assertArrayEquals(new int[] {5, 0}, db.stock("A55-BLACK-256"));
        catalog.restock("1106");
        assertInstanceOf(Reservation.Reserved.class, catalog.reserve("1106", Map.of("A55-BLACK-256", 3)));
        assertArrayEquals(new int[] {7, 0}, db.stock("A55-BLACK-256"));
        assertEquals(Map.of("returned", 1), states("1106"));
    }

    @Test
    void listsOnlyHeldReservationsOlderThanTheCutOffOldestFirst() throws SQLException {
        catalog.reserve("held-20", Map.of("CABLE-01", 1, "CABLE-02", 1));
        catalog.reserve("held-30", Map.of("CABLE-03", 1));
        catalog.reserve("held-10", Map.of("CABLE-04", 1));
        catalog.reserve("held-1", Map.of("CABLE-05", 1));
        catalog.reserve("taken-40", Map.of("CABLE-06", 1));
        catalog.take("taken-40");
        catalog.reserve("released-50", Map.of("CABLE-07", 1));
        catalog.release("released-50");
        catalog.reserve("returned-60", Map.of("CABLE-08", 1));
        catalog.take("returned-60");
        catalog.restock("returned-60");
        // reserved that many minutes ago
        db.sql("UPDATE stock_reservation SET reserved_at = now() - split_part(reservation_id, '-', 2)::int * interval '1 minute'");
        Instant fiveMinutesAgo = Instant.now().minus(Duration.ofMinutes(5));

        assertEquals(List.of("held-30", "held-20", "held-10"), catalog.heldBetween(Instant.EPOCH, fiveMinutesAgo, 10),
                "each once, however many SKUs it holds; the fresh one and the taken, released and returned ones not");
        assertEquals(List.of("held-30", "held-20"), catalog.heldBetween(Instant.EPOCH, fiveMinutesAgo, 2));
        assertEquals(List.of(), catalog.heldBetween(Instant.EPOCH, fiveMinutesAgo, 0));
        assertEquals(List.of("held-30"), catalog.heldBetween(Instant.EPOCH, Instant.now().minus(Duration.ofMinutes(25)), 10));
        assertEquals(List.of("held-20", "held-10"), catalog.heldBetween(Instant.now().minus(Duration.ofMinutes(25)), fiveMinutesAgo, 10),
                "reservations before the window are not listed");
        assertThrows(IllegalArgumentException.class, () -> catalog.heldBetween(Instant.EPOCH, fiveMinutesAgo, -1));
    }

    @Test
    void racingTakesAndReleasesOfOneReservationLetExactlyOneWin() throws Exception {
        for (int round = 0; round < 6; round++) {
            String id = "race-take-" + round;
            catalog.reserve(id, Map.of("A55-BLACK-256", 3, "A55-BLUE-128", 2));
            var start = new CountDownLatch(1);
            var tries = new ArrayList<Callable<String>>();
            for (int i = 0; i < 20; i++) {
                boolean take = i % 2 == 0;
                tries.add(() -> {
                    start.await();
                    boolean won = take ? catalog.take(id) : catalog.release(id);
                    return won ? (take ? "taken" : "released") : "";
                });
            }
            var winners = new ArrayList<String>();
            try (var pool = Executors.newFixedThreadPool(tries.size())) {
                var futures = tries.stream().map(pool::submit).toList();
                start.countDown();
                // a broken sku CHECK (more reserved than on hand, or below zero) would fail its call here
                for (var future : futures) {
                    String won = future.get();
                    if (!won.isEmpty()) winners.add(won);
                }
            }
            assertEquals(1, winners.size(), "one winner in round " + round + ", not " + winners);
            if (winners.getFirst().equals("taken")) {
                assertArrayEquals(new int[] {4, 0}, db.stock("A55-BLACK-256"));
                assertArrayEquals(new int[] {1, 1}, db.stock("A55-BLUE-128"));
                assertEquals(Map.of("taken", 2), states(id));
                assertTrue(catalog.restock(id));
            } else {
                assertEquals(Map.of(), states(id));
            }
            assertArrayEquals(new int[] {7, 0}, db.stock("A55-BLACK-256"), "every unit accounted for after round " + round);
            assertArrayEquals(new int[] {3, 1}, db.stock("A55-BLUE-128"));
        }
    }

    /** The reservation's rows by state: state → how many. */
    private static Map<String, Integer> states(String reservationId) throws SQLException {
        try (var connection = db.dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "SELECT state, count(*) FROM stock_reservation WHERE reservation_id = ? GROUP BY state")) {
            statement.setString(1, reservationId);
            var states = new HashMap<String, Integer>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) states.put(rows.getString(1), rows.getInt(2));
            }
            return states;
        }
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
