package uz.ultramarket.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.core.testing.Call.Answer;

/** A guest's cart through the real handlers, DynamoDB Local and PostgreSQL: what it answers, and what it refuses. */
class CartTest {

    private static CartWorld world;

    @BeforeAll
    static void start() throws Exception {
        world = CartWorld.get();
    }

    @BeforeEach
    void restock() throws Exception {
        world.catalog.sql("""
                UPDATE sku SET stock_on_hand = 7, stock_reserved = 0, price = 549900000 WHERE code = 'A55-BLACK-256';
                UPDATE sku SET stock_on_hand = 3, stock_reserved = 1, price = 479900000 WHERE code = 'A55-BLUE-128';
                UPDATE product SET status = 'active' WHERE slug = 'galaxy-a55';""");
    }

    private static Answer add(String cartId, String sku, Object quantity) {
        var call = Call.post(world.add, "/api/cart/items").json("{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}");
        if (cartId != null) call.header("X-Cart-Id", cartId);
        return call.send();
    }

    private static Answer view(String cartId, String language) {
        var call = Call.get(world.view, "/api/cart").header("Accept-Language", language);
        if (cartId != null) call.header("X-Cart-Id", cartId);
        return call.send();
    }

    private static Answer patch(String cartId, String sku, String body) {
        return Call.to(world.change, "PATCH", "/api/cart/items/{sku}", "sku", sku).header("X-Cart-Id", cartId).json(body).send();
    }

    private static String newCart(String sku, int quantity) {
        var answer = add(null, sku, quantity);
        assertEquals(200, answer.status(), answer.body());
        return answer.text("/id");
    }

    @Test
    void aGuestsFirstAddMakesACartWhoseIdComesInTheBodyAndHeader() {
        var answer = add(null, "A55-BLACK-256", 2);
        assertEquals(200, answer.status(), answer.body());
        String id = answer.text("/id");
        assertTrue(id.matches("[A-Za-z0-9_-]{32}"), "192 random bits, base64url: " + id);
        assertEquals(id, answer.headers().get("X-Cart-Id"));
        assertNotEquals(id, newCart("A55-BLACK-256", 1), "every cart its own id");
        var item = world.item("guest#" + id);
        assertEquals("1", item.get("version").n());
        long expiresAt = Long.parseLong(item.get("expiresAt").n());
        assertEquals(world.clock.instant().plus(Duration.ofDays(30)).getEpochSecond(), expiresAt, "guest carts live 30 days from their last use");
    }

    @Test
    void theAnswerPricesEveryLineFromTheCatalogInTheShoppersLanguage() {
        String id = newCart("A55-BLACK-256", 2);
        add(id, "A55-BLUE-128", 1);
        var cart = view(id, "ru");
        assertEquals(200, cart.status());
        var json = cart.json();
        assertEquals(id, json.path("id").asText());
        assertEquals(2, json.path("lines").size());
        var black = json.path("lines").get(0);
        assertEquals("A55-BLACK-256", black.path("sku").asText());
        assertEquals("galaxy-a55", black.path("productSlug").asText());
        assertEquals("Samsung Galaxy A55 ру", black.path("name").asText());
        assertEquals("demo/a55-front.svg", black.path("image").asText());
        assertEquals("Чёрный", black.at("/options/0/label").asText());
        assertEquals("256 GB", black.at("/options/1/label").asText());
        assertEquals(549_900_000L, black.path("unitPrice").asLong());
        assertEquals(599_900_000L, black.path("compareAtPrice").asLong());
        assertEquals(2, black.path("quantity").asInt());
        assertEquals(1_099_800_000L, black.path("lineTotal").asLong());
        assertTrue(black.path("available").asBoolean());
        assertEquals(7, black.path("maxQuantity").asInt());
        assertEquals(0, black.path("notices").size());
        var blue = json.path("lines").get(1);
        assertTrue(blue.path("compareAtPrice").isNull(), "present, and null");
        assertEquals(2, blue.path("maxQuantity").asInt(), "on hand less reserved");
        assertEquals(3, json.path("itemCount").asInt());
        assertEquals(1_099_800_000L + 479_900_000L, json.path("subtotal").asLong());
        assertEquals("Samsung Galaxy A55", view(id, "en").text("/lines/0/name"));
    }

    @Test
    void addingAgainSumsWithTheLine() {
        String id = newCart("A55-BLACK-256", 2);
        var answer = add(id, "A55-BLACK-256", 3);
        assertEquals(1, answer.json().path("lines").size());
        assertEquals(5, answer.json().at("/lines/0/quantity").asInt());
        assertEquals(id, answer.text("/id"), "the same cart");
    }

    @Test
    void withoutACartThereIsAnEmptyOneAndNothingIsWritten() {
        var none = view(null, "uz");
        assertEquals(200, none.status());
        assertTrue(none.json().path("id").isNull());
        assertEquals(0, none.json().path("lines").size());
        assertEquals(0, none.json().path("subtotal").asLong());
        assertFalse(none.headers().containsKey("X-Cart-Id"));
        String unknown = "A".repeat(32);
        assertTrue(view(unknown, "uz").json().path("id").isNull());
        assertTrue(world.item("guest#" + unknown).isEmpty(), "reading an unknown id writes nothing");
    }

    @Test
    void anAddWithAnUnknownIdGetsANewCartNeverTheIdItSent() {
        String made = "B".repeat(32);
        var answer = add(made, "A55-BLACK-256", 1);
        assertEquals(200, answer.status());
        assertNotEquals(made, answer.text("/id"), "a shopper never chooses a cart's id");
        assertTrue(world.item("guest#" + made).isEmpty());
    }

    @Test
    void anUnusedGuestCartExpiresAfterThirtyDays() {
        String id = newCart("A55-BLACK-256", 1);
        world.clock.advance(Duration.ofDays(29));
        assertEquals(1, view(id, "uz").json().path("lines").size(), "still there on day 29, and now kept 30 days from today");
        assertEquals(world.clock.instant().plus(Duration.ofDays(30)).getEpochSecond(),
                Long.parseLong(world.item("guest#" + id).get("expiresAt").n()), "using a cart keeps it");
        world.clock.advance(Duration.ofDays(31));
        assertTrue(view(id, "uz").json().path("id").isNull(), "gone 30 days after its last use, even before DynamoDB's TTL deletes it");
    }

    @Test
    void changingAndRemovingLines() {
        String id = newCart("A55-BLACK-256", 1);
        add(id, "A55-BLUE-128", 1);
        var changed = patch(id, "A55-BLACK-256", "{\"quantity\":4}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(4, changed.json().at("/lines/0/quantity").asInt());
        var removed = patch(id, "A55-BLACK-256", "{\"quantity\":0}");
        assertEquals(1, removed.json().path("lines").size(), "0 removes the line");
        assertEquals("A55-BLUE-128", removed.text("/lines/0/sku"));
        var deleted = Call.to(world.change, "DELETE", "/api/cart/items/{sku}", "sku", "A55-BLUE-128").header("X-Cart-Id", id).send();
        assertEquals(200, deleted.status());
        assertEquals(0, deleted.json().path("lines").size());
        var again = Call.to(world.change, "DELETE", "/api/cart/items/{sku}", "sku", "A55-BLUE-128").header("X-Cart-Id", id).send();
        assertEquals(200, again.status(), "removing a line that is gone answers the same");
        var missing = patch(id, "A55-BLUE-128", "{\"quantity\":2}");
        assertEquals(404, missing.status());
        assertEquals("sku", missing.errorField(0));
    }

    @Test
    void emptyingTheCartKeepsItsId() {
        String id = newCart("A55-BLACK-256", 1);
        add(id, "CABLE-01", 3);
        var emptied = Call.to(world.change, "DELETE", "/api/cart").header("X-Cart-Id", id).send();
        assertEquals(200, emptied.status());
        assertEquals(id, emptied.text("/id"));
        assertEquals(0, emptied.json().path("itemCount").asInt());
        assertEquals(0, view(id, "uz").json().path("lines").size());
    }

    @Test
    void aPriceChangedSinceAddingIsShownWithTheOldAndNewPrice() throws Exception {
        String id = newCart("A55-BLACK-256", 2);
        world.catalog.sql("UPDATE sku SET price = 529900000 WHERE code = 'A55-BLACK-256'");
        var line = view(id, "en").json().at("/lines/0");
        assertEquals(529_900_000L, line.path("unitPrice").asLong(), "always the price of now");
        assertEquals("price-changed", line.at("/notices/0/code").asText());
        assertEquals(549_900_000L, line.at("/notices/0/oldPrice").asLong());
        assertEquals(529_900_000L, line.at("/notices/0/newPrice").asLong());
        assertTrue(line.at("/notices/0/message").asText().contains("5 499 000"), line.toString());
        assertTrue(line.path("available").asBoolean(), "a new price alone does not stop a purchase");
        var seen = patch(id, "A55-BLACK-256", "{\"quantity\":3}");
        assertEquals(0, seen.json().at("/lines/0/notices").size(), "setting the line again takes the new price");
    }

    @Test
    void linesThatCannotBeBoughtSaySoAndAreLeftOutOfTheSubtotal() throws Exception {
        String id = newCart("A55-BLACK-256", 5);
        add(id, "A55-BLUE-128", 2);
        add(id, "CABLE-02", 1);
        world.catalog.sql("""
                UPDATE sku SET stock_reserved = 4 WHERE code = 'A55-BLACK-256';
                UPDATE sku SET stock_reserved = 3 WHERE code = 'A55-BLUE-128';
                UPDATE product SET status = 'archived' WHERE slug = 'usb-cable';""");
        try {
            var cart = view(id, "en").json();
            var black = cart.at("/lines/0");
            assertEquals("short", black.at("/notices/0/code").asText());
            assertEquals(3, black.at("/notices/0/maxQuantity").asInt());
            assertEquals(3, black.path("maxQuantity").asInt());
            assertFalse(black.path("available").asBoolean());
            var blue = cart.at("/lines/1");
            assertEquals("out-of-stock", blue.at("/notices/0/code").asText());
            assertEquals(0, blue.path("maxQuantity").asInt());
            var cable = cart.at("/lines/2");
            assertEquals("unavailable", cable.at("/notices/0/code").asText());
            assertFalse(cable.path("available").asBoolean());
            assertEquals(0, cart.path("subtotal").asLong(), "nothing here can be bought as it is");
            assertEquals(8, cart.path("itemCount").asInt(), "but every unit is still in the cart");
            var lowered = patch(id, "A55-BLACK-256", "{\"quantity\":3}");
            assertEquals(200, lowered.status(), "a short line can always be lowered");
            assertEquals(3L * 549_900_000L, lowered.json().path("subtotal").asLong());
        } finally {
            world.catalog.sql("UPDATE product SET status = 'active' WHERE slug = 'usb-cable'");
        }
    }

    @Test
    void anUnknownOrArchivedSkuIsNotFound() throws Exception {
        var unknown = add(null, "NO-SUCH-SKU", 1);
        assertEquals(404, unknown.status());
        assertEquals("application/problem+json", unknown.headers().get("Content-Type"));
        assertEquals("sku", unknown.errorField(0));
        assertEquals(404, add(null, "OLD-1", 1).status(), "an archived product's SKU is not for sale");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "100", "\"abc\"", "1.5", "\"2\"", "null"})
    void aQuantityOutside1To99IsRefusedNamingQuantity(String quantity) {
        String id = newCart("CABLE-03", 1);
        var answer = add(id, "CABLE-03", quantity);
        assertEquals(400, answer.status(), answer.body());
        assertEquals("quantity", answer.errorField(0));
        assertEquals(1, view(id, "uz").json().at("/lines/0/quantity").asInt(), "the cart is as it was");
    }

    @Test
    void aPatchQuantityOver99OrNotANumberIsRefused() {
        String id = newCart("CABLE-04", 1);
        assertEquals("quantity", patch(id, "CABLE-04", "{\"quantity\":100}").errorField(0));
        assertEquals("quantity", patch(id, "CABLE-04", "{\"quantity\":-1}").errorField(0));
        assertEquals("quantity", patch(id, "CABLE-04", "{\"quantity\":\"x\"}").errorField(0));
        assertEquals(400, patch(id, "CABLE-04", "{\"qty\":1}").status(), "an unknown field is refused");
    }

    @Test
    void moreThanCanBeSoldIsAConflictSayingHowManyCan() {
        var over = add(null, "A55-BLUE-128", 3);
        assertEquals(409, over.status());
        assertTrue(over.text("/detail").contains("Only 2"), over.text("/detail"));
        String id = newCart("A55-BLACK-256", 5);
        var more = add(id, "A55-BLACK-256", 3);
        assertEquals(409, more.status());
        assertTrue(more.text("/detail").contains("add 2 more"), more.text("/detail"));
        assertEquals("quantity", more.errorField(0));
        assertEquals(5, view(id, "uz").json().at("/lines/0/quantity").asInt(), "nothing in the cart is lost by a failed add");
        assertEquals(409, patch(id, "A55-BLACK-256", "{\"quantity\":8}").status());
    }

    @Test
    void aLineHoldsAtMost99() {
        String id = newCart("CABLE-05", 60);
        var over = add(id, "CABLE-05", 40);
        assertEquals(409, over.status());
        assertTrue(over.text("/detail").contains("add 39 more"), over.text("/detail"));
        assertEquals(200, add(id, "CABLE-05", 39).status());
    }

    @Test
    void theFiftyFirstLineIsAConflict() {
        String id = newCart("CABLE-01", 1);
        for (int n = 2; n <= 50; n++) assertEquals(200, add(id, "CABLE-%02d".formatted(n), 1).status());
        var fiftyFirst = add(id, "CABLE-51", 1);
        assertEquals(409, fiftyFirst.status());
        assertEquals(50, view(id, "uz").json().path("lines").size());
        assertEquals(200, add(id, "CABLE-07", 1).status(), "a line it has already can still grow");
    }

    @Test
    void aMalformedCartIdIsABadRequest() {
        for (String bad : new String[] {"abc", "A".repeat(31), "A".repeat(33), "A".repeat(31) + "!"}) {
            var answer = view(bad, "uz");
            assertEquals(400, answer.status(), bad);
            assertEquals("X-Cart-Id", answer.errorField(0));
            assertEquals(400, add(bad, "CABLE-01", 1).status());
        }
    }

    @Test
    void aMalformedBodyIsABadRequestAndWritesNothing() {
        String id = newCart("CABLE-06", 2);
        var answer = Call.post(world.add, "/api/cart/items").header("X-Cart-Id", id).json("{\"sku\":").send();
        assertEquals(400, answer.status());
        var noSku = Call.post(world.add, "/api/cart/items").header("X-Cart-Id", id).json("{\"quantity\":1}").send();
        assertEquals("sku", noSku.errorField(0));
        assertEquals(Map.of("CABLE-06", 2), Map.of(view(id, "uz").text("/lines/0/sku"), view(id, "uz").json().at("/lines/0/quantity").asInt()));
    }
}
