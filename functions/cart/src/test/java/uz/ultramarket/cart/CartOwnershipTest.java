package uz.ultramarket.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.core.testing.Call.Answer;

/** Who reaches which cart, and the merge of a guest cart into a customer's at sign-in. */
class CartOwnershipTest {

    private static CartWorld world;

    @BeforeAll
    static void start() throws Exception {
        world = CartWorld.get();
        world.catalog.sql("UPDATE sku SET stock_on_hand = 7, stock_reserved = 0 WHERE code = 'A55-BLACK-256'");
    }

    private static Call as(Call call, String token, String cartId) {
        if (token != null) call.bearer(token);
        if (cartId != null) call.header("X-Cart-Id", cartId);
        return call.header("Accept-Language", "en");
    }

    private static Answer add(String token, String cartId, String sku, int quantity) {
        return as(Call.post(world.add, "/api/cart/items").json("{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}"), token, cartId).send();
    }

    private static Answer view(String token, String cartId) {
        return as(Call.get(world.view, "/api/cart"), token, cartId).send();
    }

    private static Answer merge(String token, String cartId) {
        return as(Call.post(world.merge, "/api/cart/merge"), token, cartId).send();
    }

    private static Map<String, Integer> lines(JsonNode cart) {
        var lines = new HashMap<String, Integer>();
        cart.path("lines").forEach(line -> lines.put(line.path("sku").asText(), line.path("quantity").asInt()));
        return lines;
    }

    @Test
    void aSignedInCustomerReachesOnlyTheirOwnCart() {
        String alice = world.tokenFor(Ids.newId());
        String bob = world.tokenFor(Ids.newId());
        var aliceCart = add(alice, null, "CABLE-10", 2);
        assertEquals(200, aliceCart.status(), aliceCart.body());
        assertFalse(aliceCart.headers().containsKey("X-Cart-Id"), "a customer's cart travels with their token, not an id");
        String aliceCartId = aliceCart.text("/id");

        assertEquals(Map.of("CABLE-10", 2), lines(view(alice, null).json()));
        assertEquals(Map.of(), lines(view(bob, null).json()), "Bob has his own, empty cart");
        assertEquals(Map.of(), lines(view(bob, aliceCartId).json()), "Alice's cart id with Bob's token is still Bob's cart");
        assertTrue(view(null, aliceCartId).json().path("id").isNull(), "a customer's cart id is no guest cart id");
        assertEquals(200, add(bob, aliceCartId, "CABLE-11", 1).status());
        assertEquals(Map.of("CABLE-10", 2), lines(view(alice, null).json()), "Bob's add went to Bob's cart");
        assertEquals(404, as(Call.to(world.change, "PATCH", "/api/cart/items/{sku}", "sku", "CABLE-10"), bob, aliceCartId)
                .json("{\"quantity\":9}").send().status(), "Bob cannot change Alice's line");
        assertEquals(Map.of("CABLE-10", 2), lines(view(alice, null).json()));
    }

    @Test
    void aGuestCartIsReachedOnlyWithItsIdAndNeverWithAToken() {
        String guestId = add(null, null, "CABLE-12", 1).text("/id");
        String carol = world.tokenFor(Ids.newId());
        assertEquals(Map.of(), lines(view(carol, guestId).json()), "a token means the customer's cart, whatever X-Cart-Id says");
        assertEquals(Map.of("CABLE-12", 1), lines(view(null, guestId).json()));
    }

    @Test
    void aBadTokenIsRefusedNeverTreatedAsAGuest() {
        String guestId = add(null, null, "CABLE-13", 1).text("/id");
        var forged = view("not.a.token", guestId);
        assertEquals(401, forged.status());
        assertEquals("Bearer", forged.headers().get("WWW-Authenticate"));
        assertEquals(401, add("not.a.token", guestId, "CABLE-13", 1).status());
        assertEquals(Map.of("CABLE-13", 1), lines(view(null, guestId).json()));
    }

    @Test
    void mergeMovesTheGuestLinesSumsThemAndTheGuestIdDies() throws Exception {
        String dilshod = world.tokenFor(Ids.newId());
        add(dilshod, null, "A55-BLACK-256", 3);
        add(dilshod, null, "CABLE-20", 1);
        String guestId = add(null, null, "A55-BLACK-256", 6).text("/id");
        add(null, guestId, "CABLE-21", 2);

        var merged = merge(dilshod, guestId);
        assertEquals(200, merged.status(), merged.body());
        assertEquals(Map.of("A55-BLACK-256", 7, "CABLE-20", 1, "CABLE-21", 2), lines(merged.json()), "3 + 6 capped at the 7 that can be sold");
        var notice = merged.json().at("/notices/0");
        assertEquals("merge-capped", notice.path("code").asText());
        assertEquals("A55-BLACK-256", notice.path("sku").asText());
        assertEquals(6, notice.path("requested").asInt());
        assertEquals(4, notice.path("added").asInt());
        assertTrue(notice.path("message").asText().contains("Samsung Galaxy A55"), notice.toString());

        assertTrue(world.item("guest#" + guestId).isEmpty(), "the guest cart is gone");
        assertTrue(view(null, guestId).json().path("id").isNull());
        var again = merge(dilshod, guestId);
        assertEquals(200, again.status());
        assertEquals(lines(merged.json()), lines(again.json()), "merging the same id again changes nothing");
        assertEquals(0, again.json().path("notices").size());
        assertNotEquals(guestId, add(null, guestId, "CABLE-22", 1).text("/id"), "a merged id is dead: an add under it starts a new cart");
    }

    @Test
    void mergeIntoACustomerWithoutACartMakesOne() {
        String eldor = world.tokenFor(Ids.newId());
        String guestId = add(null, null, "CABLE-23", 4).text("/id");
        var merged = merge(eldor, guestId);
        assertEquals(Map.of("CABLE-23", 4), lines(merged.json()));
        assertEquals(Map.of("CABLE-23", 4), lines(view(eldor, null).json()));
    }

    @Test
    void mergeReportsWhatDidNotFitUnderTheLineLimit() {
        String farida = world.tokenFor(Ids.newId());
        for (int n = 1; n <= 50; n++) assertEquals(200, add(farida, null, "CABLE-%02d".formatted(n), 1).status());
        String guestId = add(null, null, "CABLE-55", 1).text("/id");
        add(null, guestId, "CABLE-01", 2);
        var merged = merge(farida, guestId);
        assertEquals(50, merged.json().path("lines").size());
        assertEquals(3, lines(merged.json()).get("CABLE-01"), "a line the customer has grows");
        assertEquals("merge-line-limit", merged.json().at("/notices/0/code").asText());
        assertEquals("CABLE-55", merged.json().at("/notices/0/sku").asText());
    }

    @Test
    void mergeNeedsATokenAndACartId() {
        String guestId = add(null, null, "CABLE-24", 1).text("/id");
        assertEquals(401, merge(null, guestId).status());
        var noId = merge(world.tokenFor(Ids.newId()), null);
        assertEquals(400, noId.status());
        assertEquals("X-Cart-Id", noId.errorField(0));
        assertEquals(400, merge(world.tokenFor(Ids.newId()), "short").status());
        assertEquals(Map.of("CABLE-24", 1), lines(view(null, guestId).json()), "refused merges leave the guest cart alone");
    }
}
