package uz.ultramarket.accounts;

import uz.ultramarket.core.testing.Call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.accounts.addresses.AddressBook;

class AddressBookTest {

    private static AccountsWorld world;

    @BeforeAll
    static void start() throws Exception { world = new AccountsWorld(); }

    @AfterAll
    static void stop() throws Exception { world.close(); }

    @Test
    void addListChangeAndDeleteAnAddress() {
        var shopper = Shoppers.signUp(world, "+998 90 600 00 01", "Nodira", null);
        var added = Call.post(world.addresses, "/api/me/addresses").bearer(shopper.accessToken())
                .json("{\"region\":\"uz-tk\",\"district\":\"Chilonzor tumani\",\"street\":\"Bunyodkor ko‘chasi 12, 34-xonadon\","
                        + "\"landmark\":\"Korzinka ro‘parasida\",\"recipientName\":\"Nodira\",\"recipientPhone\":\"90 600 00 02\"}").send();
        assertEquals(201, added.status(), added.body());
        String id = added.text("/id");
        assertEquals("/api/me/addresses/" + id, added.headers().get("Location"));
        assertEquals("UZ-TK", added.text("/region"));
        assertEquals("+998906000002", added.text("/recipientPhone"));

        var list = Call.get(world.addresses, "/api/me/addresses").bearer(shopper.accessToken()).send();
        assertEquals(1, list.json().path("items").size());
        assertEquals("Korzinka ro‘parasida", list.text("/items/0/landmark"));

        var changed = Call.withId(world.addresses, "PATCH", "/api/me/addresses/{id}", id).bearer(shopper.accessToken())
                .json("{\"region\":\"UZ-TO\",\"landmark\":null}").send();
        assertEquals(200, changed.status(), changed.body());
        assertEquals("UZ-TO", changed.text("/region"));
        assertFalse(changed.json().has("landmark"));
        assertEquals("Chilonzor tumani", changed.text("/district"), "absent fields stay");

        assertEquals(204, Call.withId(world.addresses, "DELETE", "/api/me/addresses/{id}", id).bearer(shopper.accessToken()).send().status());
        assertEquals(404, Call.withId(world.addresses, "DELETE", "/api/me/addresses/{id}", id).bearer(shopper.accessToken()).send().status());
        assertEquals(0, Call.get(world.addresses, "/api/me/addresses").bearer(shopper.accessToken()).send().json().path("items").size());
    }

    @Test
    void theAddressBookHoldsTwentyAndEveryRouteNeedsAToken() {
        var shopper = Shoppers.signUp(world, "+998 90 600 00 03", "Collector", null);
        for (int i = 0; i < AddressBook.MAX_ADDRESSES; i++) {
            assertEquals(201, add(shopper.accessToken(), i).status(), "address " + i);
        }
        var full = add(shopper.accessToken(), 99);
        assertEquals(409, full.status(), full.body());
        assertEquals(401, Call.get(world.addresses, "/api/me/addresses").send().status());
        assertEquals(401, Call.post(world.addresses, "/api/me/addresses").json("{}").send().status(), "401 before validation");
    }

    private static Call.Answer add(String token, int n) {
        return Call.post(world.addresses, "/api/me/addresses").bearer(token)
                .json("{\"region\":\"UZ-BU\",\"district\":\"Buxoro shahri\",\"street\":\"Mustaqillik ko‘chasi " + n + "\",\"recipientPhone\":\"+998906000003\"}").send();
    }
}
