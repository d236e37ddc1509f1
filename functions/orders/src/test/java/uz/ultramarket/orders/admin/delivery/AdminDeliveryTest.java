package uz.ultramarket.orders.admin.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.accounts.addresses.Region;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.core.testing.Call.Answer;
import uz.ultramarket.orders.OrdersWorld;
import uz.ultramarket.orders.delivery.DeliveryMethod;
import uz.ultramarket.orders.delivery.DeliveryRates;

/** The admin's delivery settings against the real PostgreSQL: read, saved whole, checked cell by cell, never over another save. */
class AdminDeliveryTest {

    private static OrdersWorld world;
    private static String admin;
    private static String original;

    @BeforeAll
    static void world() {
        world = OrdersWorld.get();
        admin = world.tokenFor("admin-delivery", "admin");
        original = get().body();
    }

    @AfterAll
    static void putBack() {
        var settings = (ObjectNode) Json.read(original, com.fasterxml.jackson.databind.JsonNode.class);
        settings.put("version", get().text("/version"));
        assertEquals(200, put(settings.toString()).status());
    }

    private static Answer get() {
        return Call.get(world.adminDelivery, "/api/admin/delivery").bearer(admin).send();
    }

    private static Answer put(String body) {
        return Call.to(world.adminDelivery, "PUT", "/api/admin/delivery").bearer(admin).json(body).send();
    }

    @Test
    void managersAndCustomersMayNot() {
        assertEquals(403, Call.get(world.adminDelivery, "/api/admin/delivery").bearer(world.tokenFor("m", "manager")).send().status());
        assertEquals(403, Call.get(world.adminDelivery, "/api/admin/delivery").bearer(world.tokenFor("c")).send().status());
        assertEquals(401, Call.get(world.adminDelivery, "/api/admin/delivery").send().status());
    }

    @Test
    void aSavedRateIsWhatCheckoutChargesAndAStaleSaveIsRefused() {
        var read = get();
        assertEquals(200, read.status());
        assertEquals(100_000_000L, read.json().path("freeFrom").asLong());
        var settings = (ObjectNode) read.json();
        for (var rate : settings.withArray("rates")) {
            if (rate.path("method").asText().equals("courier") && rate.path("region").asText().equals("UZ-SA")) {
                ((ObjectNode) rate).put("fee", 4_250_000).put("daysMax", 5);
            }
        }
        settings.put("freeFrom", 150_000_000L);
        settings.withArray("pickupPoints").addObject().put("id", "sa-test-point").put("region", "UZ-SA").put("name", "UltraMarket Registon")
                .put("address", "Samarqand, Registon 1").put("hours", "10:00–20:00").put("position", 9).put("active", true);
        var saved = put(settings.toString());
        assertEquals(200, saved.status(), saved.body());
        assertNotEquals(read.text("/version"), saved.text("/version"));

        // what checkout reads (a fresh container: the settings are kept a minute)
        var now = new DeliveryRates(world.catalog.dataSource, world.clock).current();
        var courier = now.ratesOf(Region.SAMARKAND).stream().filter(r -> r.method() == DeliveryMethod.COURIER).findFirst().orElseThrow();
        assertEquals(4_250_000, courier.fee().tiyin());
        assertEquals(5, courier.daysMax());
        assertEquals(150_000_000, now.freeFrom().tiyin());
        assertTrue(now.pickupPointsOf(Region.SAMARKAND).stream().anyMatch(p -> p.id().equals("sa-test-point")));

        // the second of two editors who opened the same settings
        var stale = put(settings.put("freeFrom", 90_000_000L).toString());
        assertEquals(409, stale.status());
        assertEquals("version", stale.errorField(0));
        assertEquals(150_000_000L, get().json().path("freeFrom").asLong());

        var entry = world.audit.read(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), Optional.empty(), 50, Optional.empty()).items()
                .stream().filter(e -> e.action().equals("delivery.update")).findFirst().orElseThrow();
        assertEquals(100_000_000L, entry.before().orElseThrow().path("freeFrom").asLong());
        assertEquals(150_000_000L, entry.after().orElseThrow().path("freeFrom").asLong());
    }

    @Test
    void everyBadCellIsNamedAndNothingIsSaved() {
        var settings = (ObjectNode) get().json();
        var rates = settings.withArray("rates");
        ((ObjectNode) rates.get(0)).put("fee", -1);
        ((ObjectNode) rates.get(1)).put("method", "drone");
        ((ObjectNode) rates.get(2)).put("daysMin", 4).put("daysMax", 2);
        ((ObjectNode) rates.get(4)).put("region", rates.get(3).path("region").asText()).put("method", rates.get(3).path("method").asText());
        settings.put("freeFrom", 0);
        ((ObjectNode) settings.withArray("pickupPoints").get(0)).put("id", "Bad Id!").put("hours", "");
        var answer = put(settings.toString());
        assertEquals(400, answer.status(), answer.body());
        var fields = new ArrayList<String>();
        answer.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertEquals(List.of("freeFrom", "rates[0].fee", "rates[1].method", "rates[2].daysMax", "rates[4].region",
                "pickupPoints[0].id", "pickupPoints[0].hours"), fields);
        assertEquals(get().text("/version"), settings.path("version").asText(), "nothing was saved");
    }
}
