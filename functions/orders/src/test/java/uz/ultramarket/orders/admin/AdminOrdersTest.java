package uz.ultramarket.orders.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.accounts.addresses.Region;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.core.testing.Call.Answer;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.OrdersWorld;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.orders.events.OrderEvent;
import uz.ultramarket.orders.testing.SampleOrders;

/** Staff's orders against real DynamoDB Local and PostgreSQL: filters, paging, CSV, the life-cycle actions and their audit. */
class AdminOrdersTest {

    private static OrdersWorld world;
    private static String manager;

    @BeforeAll
    static void world() {
        world = OrdersWorld.get();
        manager = world.tokenFor("staff-" + UUID.randomUUID(), "manager");
    }

    private static Answer act(String number, String body) {
        return Call.to(world.adminOrders, "POST", "/api/admin/orders/{number}/actions", "number", number).bearer(manager).json(body).send();
    }

    private static Answer order(String number) {
        return Call.to(world.adminOrders, "GET", "/api/admin/orders/{number}", "number", number).bearer(manager).send();
    }

    private static String placeCash(String customer, String sku) {
        world.fillCart(customer, Map.of(sku, 2));
        var placed = Call.post(world.checkout, "/api/checkout").bearer(world.tokenFor(customer)).header("Idempotency-Key", UUID.randomUUID().toString())
                .json("{\"address\":{\"region\":\"UZ-SA\",\"district\":\"Samarqand shahri\",\"street\":\"Registon 5\",\"recipientPhone\":\"90 111 22 33\"},"
                        + "\"deliveryMethod\":\"courier\",\"paymentMethod\":\"cash\"}").send();
        assertEquals(201, placed.status(), placed.body());
        return placed.text("/number");
    }

    /** An order placed at {@code at}, to {@code region}, paid by {@code method}, for {@code phone}. */
    private static Order stored(String customer, Instant at, OrderStatus status, PaymentMethod method, Region region, String phone) {
        var sample = SampleOrders.of(world.numbers.next(), customer, status, method, "CABLE-07", 1, 1_500_000, at);
        var address = new Order.ShippingAddress(region, "Tuman", "Ko'cha 1", Optional.empty(), Optional.of("Aziza"), phone);
        var order = new Order(sample.number(), customer, "uz", status, method, sample.lines(), address, sample.delivery(), sample.subtotal(),
                sample.deliveryFee(), sample.total(), sample.vatIncluded(), Optional.empty(), at, Optional.empty(), Optional.empty(),
                sample.history(), 1);
        assertTrue(world.orders.create(order));
        return order;
    }

    @Test
    void onlyStaffMayUseIt() {
        assertEquals(401, Call.get(world.adminOrders, "/api/admin/orders").send().status());
        var customer = Call.get(world.adminOrders, "/api/admin/orders").bearer(world.tokenFor("someone")).send();
        assertEquals(403, customer.status());
        assertEquals("application/problem+json", customer.headers().get("Content-Type"));
        assertEquals(200, Call.get(world.adminOrders, "/api/admin/orders").bearer(world.tokenFor("boss", "admin")).send().status());
    }

    @Test
    void filtersSearchAndPagesWithoutSkippingOrRepeating() {
        // a month of the year 2031 only this test uses, over two Tashkent months
        String customer = world.customer();
        var base = Instant.parse("2031-03-30T20:00:00Z"); // 31 March 01:00 in Tashkent
        var all = new ArrayList<Order>();
        for (int i = 0; i < 9; i++) {
            var status = i % 3 == 0 ? OrderStatus.DELIVERED : i % 3 == 1 ? OrderStatus.PAID : OrderStatus.CANCELLED;
            var method = i % 2 == 0 ? PaymentMethod.CASH : PaymentMethod.CLICK;
            var region = i < 4 ? Region.FERGANA : Region.BUKHARA;
            all.add(stored(customer, base.plusSeconds(i * 3600L * 5), status, method, region, "+99893555001" + i));
        }
        var range = Map.of("from", "2031-03-31", "to", "2031-04-02");
        // newest first, 4 a page, every order once
        var seen = new ArrayList<String>();
        String cursor = null;
        do {
            var call = Call.get(world.adminOrders, "/api/admin/orders").bearer(manager).query("limit", "4");
            range.forEach(call::query);
            if (cursor != null) call.query("cursor", cursor);
            var page = call.send();
            assertEquals(200, page.status(), page.body());
            page.json().path("items").forEach(row -> seen.add(row.path("number").asText()));
            cursor = page.json().path("nextCursor").isTextual() ? page.json().path("nextCursor").asText() : null;
        } while (cursor != null);
        assertEquals(all.reversed().stream().map(Order::number).toList(), seen);
        // oldest first
        var oldest = Call.get(world.adminOrders, "/api/admin/orders").bearer(manager).query("sort", "placed").query("limit", "100");
        range.forEach(oldest::query);
        assertEquals(all.getFirst().number(), oldest.send().json().path("items").get(0).path("number").asText());
        // each filter, and all together
        assertEquals(3, count(range, Map.of("status", "DELIVERED")));
        assertEquals(5, count(range, Map.of("payment", "cash")));
        assertEquals(5, count(range, Map.of("region", "UZ-BU")));
        assertEquals(2, count(range, Map.of("region", "UZ-FA", "payment", "cash")));
        assertEquals(1, count(range, Map.of("q", "93 555 00 14")));
        assertEquals(9, count(range, Map.of("q", "5550")));
        assertEquals(9, count(Map.of("from", "2031-01-01", "to", "2031-12-31"), Map.of("customer", customer)));
        assertEquals(0, count(Map.of("from", "2031-04-02", "to", "2031-04-02"), Map.of("customer", customer)));
        // by number, whatever the dates
        var byNumber = Call.get(world.adminOrders, "/api/admin/orders").bearer(manager).query("q", all.get(4).number().toLowerCase()).send();
        assertEquals(all.get(4).number(), byNumber.json().path("items").get(0).path("number").asText());
        var row = byNumber.json().path("items").get(0);
        assertEquals("UZ-BU", row.path("region").asText());
        assertEquals("+998935550014", row.path("phone").asText());
        assertEquals(all.get(4).total().tiyin(), row.path("total").asLong());
    }

    private static int count(Map<String, String> range, Map<String, String> filters) {
        var call = Call.get(world.adminOrders, "/api/admin/orders").bearer(manager).query("limit", "100");
        range.forEach(call::query);
        filters.forEach(call::query);
        var answer = call.send();
        assertEquals(200, answer.status(), answer.body());
        return answer.json().path("items").size();
    }

    @Test
    void badFiltersAreNamed() {
        var answer = Call.get(world.adminOrders, "/api/admin/orders").bearer(manager).query("status", "LOST").query("region", "UZ-XX")
                .query("payment", "bitcoin").query("from", "yesterday").query("sort", "total").query("q", "drop table").send();
        assertEquals(400, answer.status());
        var fields = new ArrayList<String>();
        answer.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertEquals(List.of("status", "region", "payment", "from", "sort", "q"), fields);
        assertEquals("cursor", Call.get(world.adminOrders, "/api/admin/orders").bearer(manager).query("cursor", "bm9wZQ").send().errorField(0));
        assertEquals("limit", Call.get(world.adminOrders, "/api/admin/orders").bearer(manager).query("limit", "1000").send().errorField(0));
    }

    @Test
    void theCsvHasEveryOrderOfTheFilterWithExactSoumAmounts() {
        String customer = world.customer();
        var first = stored(customer, Instant.parse("2032-05-10T08:00:00Z"), OrderStatus.PAID, PaymentMethod.PAYME, Region.NAVOIY, "+998901110000");
        var second = stored(customer, Instant.parse("2032-05-11T08:00:00Z"), OrderStatus.DELIVERED, PaymentMethod.CASH, Region.NAVOIY, "+998901110001");
        var csv = Call.get(world.adminOrders, "/api/admin/orders.csv").bearer(manager).query("from", "2032-05-01").query("to", "2032-05-31").send();
        assertEquals(200, csv.status());
        assertTrue(csv.headers().get("Content-Type").startsWith("text/csv"));
        assertTrue(csv.headers().get("Content-Disposition").startsWith("attachment"));
        var lines = csv.body().split("\r\n");
        assertEquals(OrdersCsv.HEADER, lines[0]);
        assertEquals(3, lines.length);
        // 2,504,000 tiyin a unit + 1,500,000 delivery = 40,040.00 so'm
        assertEquals(second.number() + "," + second.createdAt() + ",DELIVERED,cash,UZ-NW,+998901110001,Aziza,1,25040.00,15000.00,40040.00", lines[1]);
        assertTrue(lines[2].startsWith(first.number() + ","));
    }

    @Test
    void aCashOrderGoesThroughItsLifeWithTheTrackingNumberInItsEventAndEveryStepAudited() throws Exception {
        String customer = world.customer();
        String number = placeCash(customer, "CABLE-11");
        var before = world.catalog.stock("CABLE-11");
        var opened = order(number);
        assertEquals(200, opened.status(), opened.body());
        assertEquals("[\"confirm\",\"cancel\"]", opened.json().path("actions").toString());
        assertEquals(customer, opened.text("/customerId"));

        var confirmed = act(number, "{\"action\":\"confirm\",\"version\":1}");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("CONFIRMED", confirmed.text("/order/status"));
        int[] taken = world.catalog.stock("CABLE-11");
        assertArrayEquals(new int[] {before[0] - 2, before[1] - 2}, taken, "confirming takes the held units");

        // a stale version, and a step the life cycle does not have
        assertEquals("version", act(number, "{\"action\":\"process\",\"version\":1}").errorField(0));
        var skipping = act(number, "{\"action\":\"deliver\",\"version\":2}");
        assertEquals(409, skipping.status());
        assertEquals("action", skipping.errorField(0));

        assertEquals("PROCESSING", act(number, "{\"action\":\"process\",\"version\":2}").text("/order/status"));
        var noTracking = act(number, "{\"action\":\"ship\",\"version\":3,\"carrier\":\"BTS\"}");
        assertEquals(400, noTracking.status());
        assertEquals("trackingNumber", noTracking.errorField(0));
        var shipped = act(number, "{\"action\":\"ship\",\"version\":3,\"carrier\":\"BTS Express\",\"trackingNumber\":\"BTS-778899\"}");
        assertEquals(200, shipped.status(), shipped.body());
        assertEquals("BTS-778899", shipped.text("/shipment/trackingNumber"));
        assertEquals("[\"deliver\"]", shipped.json().path("actions").toString());
        assertEquals("DELIVERED", act(number, "{\"action\":\"deliver\",\"version\":4}").text("/order/status"));

        var stored = world.orders.find(number).orElseThrow();
        var events = OrderEvent.between(Optional.empty(), stored);
        assertEquals(List.of(OrderEvent.Type.OrderPlaced, OrderEvent.Type.OrderConfirmed, OrderEvent.Type.OrderProcessing,
                OrderEvent.Type.OrderShipped, OrderEvent.Type.OrderDelivered), events.stream().map(OrderEvent::type).toList());
        assertEquals(Optional.of(new Order.Shipment("BTS Express", "BTS-778899")), events.get(3).shipment());
        assertTrue(stored.history().get(3).actor().startsWith("staff:"));

        var log = world.audit.read(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), Optional.empty(), 100, Optional.empty()).items()
                .stream().filter(e -> e.target().equals("order:" + number)).toList();
        assertEquals(List.of("order.deliver", "order.ship", "order.process", "order.confirm"), log.stream().map(e -> e.action()).toList());
        assertEquals("PROCESSING", log.get(1).before().orElseThrow().path("status").asText());
        assertEquals("BTS-778899", log.get(1).after().orElseThrow().path("shipment").path("trackingNumber").asText());
        assertEquals("manager", log.get(1).actorRole());
    }

    @Test
    void cancellingAConfirmedCashOrderRestocksAndOnlinePaymentsAreNotRefundedHere() throws Exception {
        String customer = world.customer();
        String number = placeCash(customer, "CABLE-12");
        var before = world.catalog.stock("CABLE-12");
        assertEquals(200, act(number, "{\"action\":\"confirm\",\"version\":1}").status());
        var cancelled = act(number, "{\"action\":\"cancel\",\"version\":2}");
        assertEquals("CANCELLED", cancelled.text("/order/status"), cancelled.body());
        assertArrayEquals(new int[] {before[0], before[1] - 2}, world.catalog.stock("CABLE-12"), "back on hand, no longer held");

        var paid = stored(customer, Instant.now(), OrderStatus.PAID, PaymentMethod.PAYME, Region.SAMARKAND, "+998901234567");
        var refund = act(paid.number(), "{\"action\":\"refund\",\"version\":1}");
        assertEquals(409, refund.status());
        assertEquals("action", refund.errorField(0));
        assertEquals("[\"process\"]", order(paid.number()).json().path("actions").toString());
        var processing = act(paid.number(), "{\"action\":\"process\",\"version\":1}");
        assertEquals("[\"ship\"]", processing.json().path("actions").toString(), "a paid online order is refunded by its provider, not cancelled");
        assertEquals("action", act(paid.number(), "{\"action\":\"cancel\",\"version\":2}").errorField(0));
    }

    @Test
    void twoStaffConfirmingTheSameOrderAtOnceConfirmItOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String number = placeCash(world.customer(), "CABLE-13");
            var before = world.catalog.stock("CABLE-13");
            var barrier = new CyclicBarrier(2);
            try (var pool = Executors.newFixedThreadPool(2)) {
                var answers = new ArrayList<Future<Answer>>();
                for (int i = 0; i < 2; i++) {
                    answers.add(pool.submit(() -> {
                        barrier.await();
                        return act(number, "{\"action\":\"confirm\",\"version\":1}");
                    }));
                }
                var statuses = new ArrayList<Integer>();
                for (var answer : answers) statuses.add(answer.get().status());
                statuses.sort(Integer::compare);
                assertEquals(List.of(200, 409), statuses);
            }
            var order = world.orders.find(number).orElseThrow();
            assertEquals(2, order.history().size());
            assertArrayEquals(new int[] {before[0] - 2, before[1] - 2}, world.catalog.stock("CABLE-13"));
        }
    }

    @Test
    void anUnpaidOnlineOrderWhosePaymentIsUnderWayIsNotCancelledByStaff() {
        var order = stored(world.customer(), Instant.now(), OrderStatus.PENDING_PAYMENT, PaymentMethod.PAYME, Region.SAMARKAND, "+998901234567");
        var claimed = order.claimedFor(new Order.PaymentClaim(PaymentMethod.PAYME, "tx-1", world.clock.instant().plusSeconds(600)));
        assertTrue(world.orders.replace(claimed));
        assertEquals("[]", order(order.number()).json().path("actions").toString());
        assertEquals("action", act(order.number(), "{\"action\":\"cancel\",\"version\":2}").errorField(0));
        assertFalse(world.orders.find(order.number()).orElseThrow().status() == OrderStatus.CANCELLED);
    }
}
