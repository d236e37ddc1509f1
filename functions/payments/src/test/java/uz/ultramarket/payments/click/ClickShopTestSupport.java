package uz.ultramarket.payments.click;

import com.fasterxml.jackson.databind.JsonNode;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.orders.Order;
import uz.ultramarket.payments.PaymentsWorld;

/** Click's two calls, signed as Click signs them, for tests outside this package. */
public final class ClickShopTestSupport {

    private ClickShopTestSupport() {}

    public static JsonNode prepare(PaymentsWorld world, String clickTransId, Order order) {
        var fields = ClickShopTest.request(clickTransId, order, ClickShopTest.som(order), 0, null, 0, PaymentsWorld.CLICK_SECRET);
        return Call.post(world.clickPrepare, "/api/payments/click/prepare").body("application/x-www-form-urlencoded", ClickShopTest.form(fields)).send().json();
    }

    public static JsonNode complete(PaymentsWorld world, String clickTransId, Order order, long prepareId) {
        var fields = ClickShopTest.request(clickTransId, order, ClickShopTest.som(order), 1, prepareId, 0, PaymentsWorld.CLICK_SECRET);
        return Call.post(world.clickComplete, "/api/payments/click/complete").body("application/x-www-form-urlencoded", ClickShopTest.form(fields)).send().json();
    }
}
