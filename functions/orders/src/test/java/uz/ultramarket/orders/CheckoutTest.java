package uz.ultramarket.orders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.cart.CartKey;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.core.testing.Call.Answer;

/** {@code POST /api/checkout} against real DynamoDB Local and PostgreSQL: what an order keeps, and every refusal. */
class CheckoutTest {

    private static OrdersWorld world;

    static final String SAMARKAND = """
            {"region":"UZ-SA","district":"Samarqand shahri","street":"Registon ko'chasi 5","recipientPhone":"90 111 22 33"}""";

    @BeforeAll
    static void world() throws Exception {
        world = OrdersWorld.get();
    }

    static Answer checkout(String customer, String key, String body) {
        var world = OrdersWorld.get();
        var call = Call.post(world.checkout, "/api/checkout").bearer(world.tokenFor(customer)).header("Accept-Language", "en").json(body);
        if (key != null) call.header("Idempotency-Key", key);
        return call.send();
    }

    static String cashToSamarkand(String extra) {
        return "{\"address\":" + SAMARKAND + ",\"deliveryMethod\":\"courier\",\"paymentMethod\":\"cash\"" + extra + "}";
    }

    @Test
    void aCashOrderKeepsASnapshotOfEverythingAndEmptiesTheCart() throws Exception {
        String customer = world.customer();
        world.fillCart(customer, Map.of("CABLE-01", 2, "A55-BLACK-256", 1));
        int[] before = world.catalog.stock("CABLE-01");

        var placed = checkout(customer, UUID.randomUUID().toString(), cashToSamarkand(",\"comment\":\"Call before coming\""));

        assertEquals(201, placed.status(), placed.body());
        String number = placed.text("/number");
        assertTrue(OrderNumber.isValid(number), number);
        assertEquals("/api/orders/" + number, placed.headers().get("Location"));
        assertEquals("AWAITING_CONFIRMATION", placed.text("/status"));
        assertEquals("cash", placed.text("/paymentMethod"));
        assertTrue(placed.json().path("payBy").isMissingNode(), "a cash order has no pay-by time");
        long cable = 2_500_100;
        long phone = 549_900_000;
        assertEquals(2 * cable + phone, placed.json().path("subtotal").asLong());
        assertEquals(0, placed.json().at("/delivery/fee").asLong(), "free from the seeded 1,000,000 so'm");
        assertEquals(2 * cable + phone, placed.json().path("total").asLong());
        long vat = (2 * cable + phone) * 12 / 112;
        assertTrue(Math.abs(placed.json().path("vatIncluded").asLong() - vat) <= 3, "VAT 12% included: " + placed.body());
        var cableLine = placed.json().path("lines").get(0).path("sku").asText().equals("CABLE-01") ? placed.json().at("/lines/0") : placed.json().at("/lines/1");
        assertEquals(cable, cableLine.path("unitPrice").asLong());
        assertEquals(2, cableLine.path("quantity").asInt());
        assertEquals("08544420000000000", cableLine.path("ikpu").asText());
        assertEquals(12, cableLine.path("vatPercent").asInt());
        assertEquals("UZ-SA", placed.text("/address/region"));
        assertEquals("+998901112233", placed.text("/address/recipientPhone"));
        assertEquals("Courier to the door", placed.text("/delivery/name"));
        assertEquals(world.clock.instant().atZone(java.time.ZoneId.of("Asia/Tashkent")).toLocalDate().plusDays(2).toString(),
                placed.text("/delivery/earliest"));
        assertEquals("Call before coming", placed.text("/comment"));
        assertEquals("AWAITING_CONFIRMATION", placed.text("/history/0/status"));
        assertEquals("customer", placed.text("/history/0/actor"));
        assertTrue(placed.json().path("cancellable").asBoolean());

        assertArrayEquals(new int[] {before[0], before[1] + 2}, world.catalog.stock("CABLE-01"), "reserved, not yet taken");
        assertTrue(world.carts.find(new CartKey.Customer(customer), world.clock.instant()).isEmpty(), "the cart is emptied");
        var stored = world.orders.find(number).orElseThrow();
        assertEquals(customer, stored.customerId());
        assertEquals("en", stored.language());
        var book = world.accounts.db().query(r -> r.tableName(world.accounts.name()).keyConditionExpression("pk = :pk AND begins_with(sk, :a)")
                .expressionAttributeValues(Map.of(":pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("user#" + customer),
                        ":a", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("address#")))).items();
        assertEquals(1, book.size(), "the new address is saved in the book");
    }

    @Test
    void anOnlineOrderAwaitsPaymentForThirtyMinutes() throws Exception {
        String customer = world.customer();
        world.fillCart(customer, Map.of("CABLE-02", 1));
        var placed = checkout(customer, UUID.randomUUID().toString(),
                "{\"address\":" + SAMARKAND + ",\"deliveryMethod\":\"uzpost\",\"paymentMethod\":\"payme\"}");
        assertEquals(201, placed.status(), placed.body());
        assertEquals("PENDING_PAYMENT", placed.text("/status"));
        assertEquals(world.clock.instant().plus(Duration.ofMinutes(30)).toString(), placed.text("/payBy"));
        assertTrue(placed.json().path("cancellable").asBoolean());
    }

    @Test
    void theSameKeyAndBodyAnswerTheSameOrderAndAnotherBodyIs422() throws Exception {
        String customer = world.customer();
        world.fillCart(customer, Map.of("CABLE-03", 1));
        String key = UUID.randomUUID().toString();
        var first = checkout(customer, key, cashToSamarkand(""));
        world.fillCart(customer, Map.of("CABLE-04", 1)); // a new cart since: the key still answers the first order
        var order = world.orders.find(first.text("/number")).orElseThrow();
        world.transitions.move(order, OrderStatus.CANCELLED, "customer"); // and the order moved on: the answer is as placed
        var again = checkout(customer, key, cashToSamarkand(""));
        assertEquals(201, again.status());
        assertEquals(first.body(), again.body(), "the same answer, byte for byte");
        var other = checkout(customer, key, cashToSamarkand(",\"comment\":\"another\""));
        assertEquals(422, other.status(), other.body());
        assertEquals("Idempotency-Key", other.errorField(0));
        assertEquals(1, world.orders.list(customer, 10, java.util.Optional.empty()).orders().size());
        assertEquals(1, world.carts.find(new CartKey.Customer(customer), world.clock.instant()).orElseThrow().lines().size(),
                "the replay took nothing from the new cart");
    }

    @Test
    void aFromTheBookAddressOfAnotherCustomerIsNotFound() throws Exception {
        String owner = world.customer();
        world.fillCart(owner, Map.of("CABLE-05", 1));
        assertEquals(201, checkout(owner, UUID.randomUUID().toString(), cashToSamarkand("")).status());
        String addressId = world.accounts.db().query(r -> r.tableName(world.accounts.name()).keyConditionExpression("pk = :pk AND begins_with(sk, :a)")
                .expressionAttributeValues(Map.of(":pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("user#" + owner),
                        ":a", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("address#")))).items().get(0).get("addressId").s();

        world.fillCart(owner, Map.of("CABLE-05", 1));
        var fromBook = checkout(owner, UUID.randomUUID().toString(),
                "{\"addressId\":\"" + addressId + "\",\"deliveryMethod\":\"pickup\",\"pickupPointId\":\"sa-registon\",\"paymentMethod\":\"click\"}");
        assertEquals(201, fromBook.status(), fromBook.body());
        assertEquals("sa-registon", fromBook.text("/delivery/pickupPoint/id"));

        String stranger = world.customer();
        world.fillCart(stranger, Map.of("CABLE-05", 1));
        int[] stock = world.catalog.stock("CABLE-05");
        var theirs = checkout(stranger, UUID.randomUUID().toString(),
                "{\"addressId\":\"" + addressId + "\",\"deliveryMethod\":\"courier\",\"paymentMethod\":\"cash\"}");
        assertEquals(404, theirs.status(), theirs.body());
        assertEquals("addressId", theirs.errorField(0));
        assertArrayEquals(stock, world.catalog.stock("CABLE-05"), "nothing reserved");
        assertEquals(1, world.carts.find(new CartKey.Customer(stranger), world.clock.instant()).orElseThrow().lines().size());
    }

    @Test
    void badInputIsA4xxNamingTheFieldAndChangesNothing() throws Exception {
        String customer = world.customer();
        world.fillCart(customer, Map.of("CABLE-06", 1));
        int[] stock = world.catalog.stock("CABLE-06");

        var noKey = checkout(customer, null, cashToSamarkand(""));
        assertEquals(400, noKey.status());
        assertEquals("Idempotency-Key", noKey.errorField(0));
        assertEquals("application/problem+json", noKey.headers().get("Content-Type"));

        var uzpostInTashkent = checkout(customer, UUID.randomUUID().toString(), """
                {"address":{"region":"UZ-TK","district":"Chilonzor","street":"Bunyodkor 1","recipientPhone":"+998901112233"},
                 "deliveryMethod":"uzpost","paymentMethod":"cash"}""");
        assertEquals(400, uzpostInTashkent.status(), uzpostInTashkent.body());
        assertEquals("deliveryMethod", uzpostInTashkent.errorField(0));

        var pointOfAnotherRegion = checkout(customer, UUID.randomUUID().toString(),
                "{\"address\":" + SAMARKAND + ",\"deliveryMethod\":\"pickup\",\"pickupPointId\":\"tk-chilonzor\",\"paymentMethod\":\"cash\"}");
        assertEquals(400, pointOfAnotherRegion.status(), pointOfAnotherRegion.body());
        assertEquals("pickupPointId", pointOfAnotherRegion.errorField(0));

        var noPoint = checkout(customer, UUID.randomUUID().toString(),
                "{\"address\":" + SAMARKAND + ",\"deliveryMethod\":\"pickup\",\"paymentMethod\":\"cash\"}");
        assertEquals("pickupPointId", noPoint.errorField(0));

        var shapes = checkout(customer, UUID.randomUUID().toString(), """
                {"address":{"region":"UZ-ZZ","street":"x"},"deliveryMethod":"drone","paymentMethod":"card","expectedTotal":1.5}""");
        assertEquals(400, shapes.status());
        var fields = new java.util.HashSet<String>();
        shapes.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertEquals(java.util.Set.of("address.region", "address.district", "address.street", "address.recipientPhone",
                "deliveryMethod", "paymentMethod", "expectedTotal"), fields);

        var both = checkout(customer, UUID.randomUUID().toString(),
                "{\"addressId\":\"x\",\"address\":" + SAMARKAND + ",\"deliveryMethod\":\"courier\",\"paymentMethod\":\"cash\"}");
        assertEquals("addressId", both.errorField(0));

        assertArrayEquals(stock, world.catalog.stock("CABLE-06"));
        assertEquals(1, world.carts.find(new CartKey.Customer(customer), world.clock.instant()).orElseThrow().lines().size());
        assertTrue(world.orders.list(customer, 10, java.util.Optional.empty()).orders().isEmpty());
    }

    @Test
    void anEmptyCartIsAConflict() throws Exception {
        var answer = checkout(world.customer(), UUID.randomUUID().toString(), cashToSamarkand(""));
        assertEquals(409, answer.status());
        assertTrue(answer.text("/type").endsWith("problem-empty-cart"));
    }

    @Test
    void aChangedTotalIsAConflictWithTheNewTotalsAndTheKeyMayBeUsedAgain() throws Exception {
        String customer = world.customer();
        world.fillCart(customer, Map.of("CABLE-07", 1));
        String key = UUID.randomUUID().toString();
        var stale = checkout(customer, key, cashToSamarkand(",\"expectedTotal\":100"));
        assertEquals(409, stale.status());
        assertTrue(stale.text("/type").endsWith("problem-price-changed"));
        assertEquals("expectedTotal", stale.errorField(0));
        long total = 2_500_700 + 4_000_000;
        assertTrue(stale.text("/errors/0/reason").contains(Long.toString(total)), stale.body());
        assertEquals(total, stale.json().at("/totals/total").asLong(), "the new totals, as members of the problem");
        assertEquals(2_500_700, stale.json().at("/totals/subtotal").asLong());
        assertEquals(4_000_000, stale.json().at("/totals/deliveryFee").asLong());
        var fresh = checkout(customer, UUID.randomUUID().toString(), cashToSamarkand(",\"expectedTotal\":" + total));
        assertEquals(201, fresh.status(), fresh.body());
    }

    @Test
    void moreThanCanBeSoldIsAConflictNamingEachShortSku() throws Exception {
        String customer = world.customer();
        world.fillCart(customer, Map.of("A55-BLUE-128", 3, "CABLE-08", 1, "OLD-1", 1));
        var withArchived = checkout(customer, UUID.randomUUID().toString(), cashToSamarkand(""));
        assertEquals(409, withArchived.status());
        assertEquals("items[OLD-1]", withArchived.errorField(0));

        world.fillCart(customer, Map.of("A55-BLUE-128", 3, "CABLE-08", 1));
        int[] cables = world.catalog.stock("CABLE-08");
        var answer = checkout(customer, UUID.randomUUID().toString(), cashToSamarkand(""));
        assertEquals(409, answer.status(), answer.body());
        assertTrue(answer.text("/type").endsWith("problem-out-of-stock"));
        assertEquals("items[A55-BLUE-128]", answer.errorField(0));
        assertTrue(answer.text("/errors/0/reason").contains("only 2"), answer.body());
        assertArrayEquals(cables, world.catalog.stock("CABLE-08"), "all or none: the cable is not held either");
        assertFalse(world.carts.find(new CartKey.Customer(customer), world.clock.instant()).orElseThrow().lines().isEmpty());
    }
}
