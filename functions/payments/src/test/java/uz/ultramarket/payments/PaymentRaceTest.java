package uz.ultramarket.payments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.payments.click.ClickShopTestSupport;

/**
 * Paying one order twice is impossible: for each of 20 orders, Payme and Click (and a second Payme transaction) try to
 * pay it at the same instant, from their own threads, through the real endpoints and stores — exactly one wins.
 */
class PaymentRaceTest {

    private final PaymentsWorld world = PaymentsWorld.get();

    @Test
    void twoProvidersAndTwoTransactionsRacingForOneOrderPayItOnce() throws Exception {
        String sku = "CABLE-45";
        int[] before = world.catalog.stock(sku);
        int orders = 20;
        var pool = Executors.newFixedThreadPool(3);
        int paid = 0;
        try {
            for (int i = 0; i < orders; i++) {
                var order = world.order(PaymentMethod.PAYME, sku, 1);
                var barrier = new CyclicBarrier(3);
                List<Callable<Boolean>> payers = new ArrayList<>();
                for (int p = 0; p < 2; p++) {
                    String id = String.format("%024x", System.nanoTime() + p);
                    payers.add(() -> {
                        barrier.await();
                        var created = world.paymeJson(rpc("CreateTransaction", "{\"id\":\"" + id + "\",\"time\":" + world.clock.millis()
                                + ",\"amount\":" + order.total().tiyin() + ",\"account\":{\"order_id\":\"" + order.number() + "\"}}"));
                        if (created.has("error")) return false;
                        return !world.paymeJson(rpc("PerformTransaction", "{\"id\":\"" + id + "\"}")).has("error");
                    });
                }
                String clickId = Long.toString(System.nanoTime());
                payers.add(() -> {
                    barrier.await();
                    JsonNode prepared = ClickShopTestSupport.prepare(world, clickId, order);
                    if (prepared.get("error").asInt() != 0) return false;
                    return ClickShopTestSupport.complete(world, clickId, order, prepared.get("merchant_prepare_id").asLong()).get("error").asInt() == 0;
                });
                int winners = 0;
                for (Future<Boolean> outcome : pool.invokeAll(payers)) if (outcome.get()) winners++;
                var stored = world.reload(order);
                long paidSteps = stored.history().stream().filter(s -> s.status() == OrderStatus.PAID).count();
                assertEquals(1, winners, "one payment of order " + order.number() + " went through");
                assertEquals(1, paidSteps);
                assertEquals(OrderStatus.PAID, stored.status());
                paid++;
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(orders, paid);
        assertArrayEquals(new int[] {before[0] - orders, before[1]}, world.catalog.stock(sku), "each order's unit taken once");
    }

    private static String rpc(String method, String params) {
        return "{\"method\":\"" + method + "\",\"params\":" + params + ",\"id\":1}";
    }
}
