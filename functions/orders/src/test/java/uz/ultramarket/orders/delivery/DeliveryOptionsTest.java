package uz.ultramarket.orders.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.core.testing.Call.Answer;
import uz.ultramarket.orders.OrdersWorld;

/** {@code GET /api/delivery/options} over the rate table the migrations seed, in a real PostgreSQL. */
class DeliveryOptionsTest {

    private static OrdersWorld world;

    @BeforeAll
    static void world() {
        world = OrdersWorld.get();
    }

    private static Answer options(String region, String subtotal, String language) {
        var call = Call.get(world.delivery, "/api/delivery/options").header("Accept-Language", language);
        if (region != null) call.query("region", region);
        if (subtotal != null) call.query("subtotal", subtotal);
        return call.send();
    }

    private static List<String> methods(Answer answer) {
        var methods = new java.util.ArrayList<String>();
        answer.json().path("options").forEach(o -> methods.add(o.path("method").asText()));
        return methods;
    }

    @Test
    void tashkentCityHasNextDayCourierAndPickupButNoPost() {
        var answer = options("UZ-TK", "5000000", "en");
        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of("courier", "pickup"), methods(answer));
        LocalDate today = world.clock.instant().atZone(ZoneId.of("Asia/Tashkent")).toLocalDate();
        assertEquals(today.plusDays(1).toString(), answer.text("/options/0/earliest"));
        assertEquals(today.plusDays(1).toString(), answer.text("/options/0/latest"));
        assertEquals(2_000_000, answer.json().at("/options/0/fee").asLong());
        assertEquals("Courier to the door", answer.text("/options/0/name"));
        assertEquals(3, answer.json().at("/options/1/pickupPoints").size());
        assertEquals("UZ-TK", answer.text("/options/1/pickupPoints/0/region"));
    }

    @Test
    void samarkandHasCourierInTwoToFourDaysPostAndItsOwnPickupPoints() {
        var answer = options("uz-sa", "5000000", "ru");
        assertEquals(List.of("courier", "uzpost", "pickup"), methods(answer));
        LocalDate today = world.clock.instant().atZone(ZoneId.of("Asia/Tashkent")).toLocalDate();
        assertEquals(today.plusDays(2).toString(), answer.text("/options/0/earliest"));
        assertEquals(today.plusDays(4).toString(), answer.text("/options/0/latest"));
        assertEquals(today.plusDays(5).toString(), answer.text("/options/1/earliest"));
        assertEquals(today.plusDays(10).toString(), answer.text("/options/1/latest"));
        assertEquals("Почта Узбекистана", answer.text("/options/1/name"));
        answer.json().at("/options/2/pickupPoints").forEach(p -> assertEquals("UZ-SA", p.path("region").asText()));
        assertEquals(100_000_000, answer.json().path("freeDeliveryFrom").asLong());
    }

    @Test
    void fromTheThresholdEveryMethodIsFree() {
        var below = options("UZ-SA", "99999999", "uz");
        var at = options("UZ-SA", "100000000", "uz");
        assertTrue(below.json().at("/options/0/fee").asLong() > 0);
        assertEquals(false, below.json().at("/options/0/free").asBoolean());
        at.json().path("options").forEach(o -> {
            assertEquals(0, o.path("fee").asLong());
            assertTrue(o.path("free").asBoolean());
        });
    }

    @Test
    void aMissingOrUnknownRegionOrABadSubtotalIsA400NamingIt() {
        assertEquals("region", options(null, null, "uz").errorField(0));
        assertEquals("region", options("UZ-XX", null, "uz").errorField(0));
        for (String bad : new String[] {"-1", "1.5", "abc"}) {
            var answer = options("UZ-SA", bad, "uz");
            assertEquals(400, answer.status());
            assertEquals("subtotal", answer.errorField(0));
        }
        assertEquals(200, options("UZ-QR", null, "uz").status(), "no subtotal counts as nothing in the cart yet");
    }
}
