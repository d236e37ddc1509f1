package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.ultramarket.catalog.demo.DemoCatalog;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.World;

/** The shop's real registry, run by the local stack: what a newcomer sees after {@code local/run}. */
class ShopWorldTest {
    @TempDir static Path dir;
    private static LocalStack stack;
    private static Shop shop;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        stack = LocalStack.start(LocalOptions.forTests(dir).withDemoProducts(DemoCatalog.STANDARD_SIZE), World.fromRegistry());
        shop = new Shop(stack);
    }

    @AfterAll
    static void stop() { stack.close(); }

    private static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(stack.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) request.header("Content-Type", contentType);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> response) throws Exception {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        return Json.mapper().readTree(response.body());
    }

    @Test
    void everyRegistryHandlerIsALambdaHandlerWithANoArgumentConstructor() throws Exception {
        for (var function : Registry.functions()) {
            var type = Class.forName(function.handler());
            assertTrue(RequestHandler.class.isAssignableFrom(type), function.name() + " implements RequestHandler");
            type.getConstructor();
        }
    }

    @Test
    void healthIsUpWithEveryComponentAndItsLatency() throws Exception {
        var response = send("GET", "/api/health", null, null);

        assertEquals(200, response.statusCode(), response.body());
        var report = Json.mapper().readTree(response.body());
        assertEquals("up", report.path("status").asText());
        var components = new java.util.ArrayList<String>();
        report.path("checks").forEach(check -> {
            components.add(check.path("component").asText());
            assertEquals("up", check.path("status").asText());
            assertTrue(check.path("latencyMs").asLong() >= 0);
        });
        assertEquals(List.of("dynamodb", "postgresql", "sns", "sqs"), components);
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent());
    }

    @Test
    void unknownRouteIs404AndWrongMethodIs405InProblemJson() throws Exception {
        var notFound = send("GET", "/api/no-such-thing", null, null);
        assertEquals(404, notFound.statusCode());
        assertEquals("/api/docs#problem-not-found", problem(notFound).path("type").asText());

        var wrongMethod = send("DELETE", "/api/health", null, null);
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("GET", wrongMethod.headers().firstValue("Allow").orElse(""));
        assertEquals("/api/docs#problem-method-not-allowed", problem(wrongMethod).path("type").asText());
    }

    @Test
    void apiDocsAreServedAsPageAndDocument() throws Exception {
        var page = send("GET", "/api/docs", null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<code>/api/health</code>"));

        var document = send("GET", "/api/docs/openapi.yaml", null, null);
        assertEquals(200, document.statusCode());
        assertTrue(document.body().startsWith("openapi: 3.1.0"));
    }

    @Test
    void theDemoCatalogIsLoadedIntoTheMigratedDatabase() throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(stack.endpoints().jdbcUrl(),
                stack.endpoints().databaseUser(), stack.endpoints().databasePassword());
             var rows = connection.createStatement().executeQuery("SELECT count(*) FROM product")) {
            rows.next();
            assertEquals(DemoCatalog.STANDARD_SIZE, rows.getInt(1));
        }
    }

    @Test
    void theDatabaseMigrationsRanBeforeServing() throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(stack.endpoints().jdbcUrl(),
                stack.endpoints().databaseUser(), stack.endpoints().databasePassword());
             var rows = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rows.next();
            assertTrue(rows.getInt(1) >= 1);
        }
    }

    @Test
    void aGuestCartWorksThroughTheWiredCartFunctions() throws Exception {
        String sku;
        try (var connection = java.sql.DriverManager.getConnection(stack.endpoints().jdbcUrl(),
                stack.endpoints().databaseUser(), stack.endpoints().databasePassword());
             var rows = connection.createStatement().executeQuery("""
                     SELECT s.code FROM sku s JOIN product p ON p.id = s.product_id
                      WHERE p.status = 'active' AND s.stock_on_hand - s.stock_reserved >= 3 ORDER BY s.id LIMIT 1""")) {
            rows.next();
            sku = rows.getString(1);
        }
        var added = send("POST", "/api/cart/items", "application/json", "{\"sku\":\"" + sku + "\",\"quantity\":2}");
        assertEquals(200, added.statusCode(), added.body());
        String cartId = added.headers().firstValue("X-Cart-Id").orElseThrow();
        var read = HTTP.send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/api/cart")).header("X-Cart-Id", cartId)
                .header("Accept-Language", "ru").build(), HttpResponse.BodyHandlers.ofString());
        var cart = Json.mapper().readTree(read.body());
        assertEquals(sku, cart.at("/lines/0/sku").asText());
        assertEquals(2, cart.path("itemCount").asInt());
        assertEquals(cart.at("/lines/0/lineTotal").asLong(), cart.path("subtotal").asLong());
        var merge = send("POST", "/api/cart/merge", null, null);
        assertEquals(401, merge.statusCode(), "merging needs a signed-in customer");
    }

    @Test
    void anOrderPlacedThroughTheStackSendsItsSmsOnceEvenWhenItsStreamIsReplayed() throws Exception {
        String phone = "+998977" + String.format("%06d", (int) (System.nanoTime() % 1_000_000));
        String token = shop.signUp(phone, "Dilnoza").token();

        String sku = shop.skuWithStock(3);
        assertEquals(200, shop.signedIn("POST", "/api/cart/items", token, null, "{\"sku\":\"" + sku + "\",\"quantity\":1}").statusCode());
        var placed = shop.signedIn("POST", "/api/checkout", token, java.util.UUID.randomUUID().toString(), """
                {"address":{"region":"UZ-SA","district":"Samarqand","street":"Registon 5","recipientPhone":"+998901112233"},
                 "deliveryMethod":"courier","paymentMethod":"cash"}""");
        assertEquals(201, placed.statusCode(), placed.body());
        var order = Json.mapper().readTree(placed.body());
        String number = order.path("number").asText();
        String expected = "UltraMarket: " + number + " buyurtmangiz qabul qilindi. Jami: "
                + uz.ultramarket.core.money.Money.ofTiyin(order.path("total").asLong()).formatSom() + " so'm.";
        Await.until(Duration.ofSeconds(30), "the order-placed SMS", () -> shop.smsTo(phone).stream().anyMatch(m -> m.contains(number)));
        assertTrue(shop.smsTo(phone).contains(expected), shop.smsTo(phone).toString());

        var cancelled = shop.signedIn("POST", "/api/orders/" + number + "/cancel", token, null, null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        Await.until(Duration.ofSeconds(30), "the order-cancelled SMS", () -> smsAbout(phone, number) == 2);

        // the whole stream of the orders table, handed to the publisher again: nothing is sent twice
        var streamArn = stack.resources().table(Registry.ORDERS).streamArn().orElseThrow();
        var streams = stack.aws().dynamoDbStreams();
        var records = new java.util.ArrayList<software.amazon.awssdk.services.dynamodb.model.Record>();
        for (var shard : streams.describeStream(r -> r.streamArn(streamArn)).streamDescription().shards()) {
            String iterator = streams.getShardIterator(r -> r.streamArn(streamArn).shardId(shard.shardId())
                    .shardIteratorType(software.amazon.awssdk.services.dynamodb.model.ShardIteratorType.TRIM_HORIZON)).shardIterator();
            for (int page = 0; iterator != null && page < 20; page++) {
                String at = iterator;
                var read = streams.getRecords(r -> r.shardIterator(at));
                records.addAll(read.records());
                if (read.records().isEmpty()) break;
                iterator = read.nextShardIterator();
            }
        }
        assertTrue(records.stream().anyMatch(r -> r.dynamodb().keys().get("pk").s().equals("order#" + number)), "the order is in the stream");
        var replayed = new uz.ultramarket.orders.events.OrderEventsHandler().handleRequest(StreamRecords.event(records, streamArn), null);
        assertTrue(replayed.getBatchItemFailures().isEmpty());
        Thread.sleep(3_000); // what a replay would send arrives within this, as the first sending did
        assertEquals(2, smsAbout(phone, number), "placed and cancelled, once each: " + shop.smsTo(phone));
        assertEquals("CANCELLED", Json.mapper().readTree(shop.signedIn("GET", "/api/orders/" + number, token, null, null).body()).path("status").asText());
    }

    private static long smsAbout(String phone, String number) {
        return shop.smsTo(phone).stream().filter(m -> m.contains(number)).count();
    }
}
