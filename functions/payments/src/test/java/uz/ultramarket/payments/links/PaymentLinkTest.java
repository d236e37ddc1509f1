package uz.ultramarket.payments.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.payments.PaymentsWorld;

/** {@code POST /api/orders/{number}/payment}: the links as the specs build them, for the owner only, once per key. */
class PaymentLinkTest {

    private final PaymentsWorld world = PaymentsWorld.get();

    private Call.Answer link(String customer, Order order, String body, String key, String language) {
        var call = Call.to(world.links, "POST", "/api/orders/{number}/payment", "number", order.number()).json(body);
        if (customer != null) call.bearer(world.tokenFor(customer));
        if (key != null) call.header("Idempotency-Key", key);
        if (language != null) call.header("Accept-Language", language);
        return call.send();
    }

    private Call.Answer link(String customer, Order order, String provider) {
        return link(customer, order, "{\"provider\":\"" + provider + "\"}", UUID.randomUUID().toString(), "ru");
    }

    @Test
    void thePaymeLinkIsTheCheckoutHostAndTheBase64OfItsParameters() {
        var order = world.order("links-1", PaymentMethod.PAYME, "CABLE-50", 1);
        var answer = link("links-1", order, "payme");
        assertEquals(200, answer.status(), answer.body());
        assertEquals("payme", answer.text("/provider"));
        String url = answer.text("/url");
        assertTrue(url.startsWith("https://checkout.test/"), url);
        String params = new String(Base64.getDecoder().decode(url.substring("https://checkout.test/".length())), StandardCharsets.UTF_8);
        assertEquals("m=" + PaymentsWorld.MERCHANT_ID + ";ac.order_id=" + order.number() + ";a=" + order.total().tiyin() + ";l=ru;c="
                + PaymentsWorld.SHOP_URL + "/orders/" + order.number() + "/payment", params);
    }

    @Test
    void theClickLinkCarriesServiceMerchantSoMAmountOrderAndReturnUrl() {
        var order = world.order("links-2", PaymentMethod.CLICK, "CABLE-50", 1);
        var answer = link("links-2", order, "click");
        assertEquals(200, answer.status(), answer.body());
        var url = URI.create(answer.text("/url"));
        assertEquals("https://click.test/services/pay", url.getScheme() + "://" + url.getHost() + url.getPath());
        var query = new LinkedHashMap<String, String>();
        for (var pair : url.getRawQuery().split("&")) {
            var kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        long tiyin = order.total().tiyin();
        assertEquals(Map.of("service_id", PaymentsWorld.CLICK_SERVICE_ID, "merchant_id", PaymentsWorld.CLICK_MERCHANT_ID,
                "amount", tiyin / 100 + "." + String.format("%02d", tiyin % 100), "transaction_param", order.number(),
                "return_url", PaymentsWorld.SHOP_URL + "/orders/" + order.number() + "/payment"), query);
    }

    @Test
    void onlyTheOwnerOfAnUnpaidOnlineOrderGetsALink() {
        var order = world.order("links-3", PaymentMethod.PAYME, "CABLE-50", 1);
        assertEquals(401, link(null, order, "{\"provider\":\"payme\"}", UUID.randomUUID().toString(), null).status());
        assertEquals(404, link("someone-else", order, "payme").status(), "another customer's order is not found");
        var noKey = link("links-3", order, "{\"provider\":\"payme\"}", null, null);
        assertEquals(400, noKey.status());
        assertEquals("Idempotency-Key", noKey.errorField(0));
        for (var body : new String[] {"{\"provider\":\"cash\"}", "{\"provider\":\"paypal\"}", "{}"}) {
            var bad = link("links-3", order, body, UUID.randomUUID().toString(), null);
            assertEquals(400, bad.status(), body);
            assertEquals("provider", bad.errorField(0), body);
        }
        var cash = world.order("links-3", PaymentMethod.CASH, "CABLE-50", 1);
        assertEquals(409, link("links-3", cash, "payme").status(), "a cash order is paid to the courier");
        var paid = world.transitions.move(world.order("links-3", PaymentMethod.CLICK, "CABLE-50", 1), OrderStatus.PAID, "click");
        assertEquals(409, link("links-3", paid, "click").status());
        var cancelled = world.transitions.move(world.order("links-3", PaymentMethod.CLICK, "CABLE-50", 1), OrderStatus.CANCELLED, "customer");
        assertEquals(409, link("links-3", cancelled, "payme").status());
    }

    @Test
    void eitherProviderUntilOnesPaymentIsUnderWay() {
        var order = world.order("links-4", PaymentMethod.PAYME, "CABLE-50", 1);
        assertEquals(200, link("links-4", order, "click").status(), "another way to pay an unpaid order");
        world.payme("{\"method\":\"CreateTransaction\",\"params\":{\"id\":\"" + String.format("%024x", System.nanoTime()) + "\",\"time\":"
                + world.clock.millis() + ",\"amount\":" + order.total().tiyin() + ",\"account\":{\"order_id\":\"" + order.number() + "\"}},\"id\":1}");
        var refused = link("links-4", order, "click");
        assertEquals(409, refused.status());
        assertTrue(refused.text("/detail").contains("Payme"), refused.body());
        assertEquals(200, link("links-4", order, "payme").status(), "back to the payment under way");
    }

    @Test
    void oneKeyOneAnswer() {
        var order = world.order("links-5", PaymentMethod.PAYME, "CABLE-50", 1);
        String key = UUID.randomUUID().toString();
        var first = link("links-5", order, "{\"provider\":\"payme\"}", key, "uz");
        var again = link("links-5", order, "{\"provider\":\"payme\"}", key, "uz");
        assertEquals(200, again.status());
        assertEquals(first.body(), again.body());
        var other = link("links-5", order, "{\"provider\":\"click\"}", key, "uz");
        assertEquals(422, other.status());
        assertEquals("Idempotency-Key", other.errorField(0));
    }
}
