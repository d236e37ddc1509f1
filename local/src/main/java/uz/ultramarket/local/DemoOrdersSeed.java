package uz.ultramarket.local;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uz.ultramarket.catalog.skus.PostgresSkuCatalog;
import uz.ultramarket.catalog.skus.SkuOffer;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.delivery.DeliveryRates;
import uz.ultramarket.orders.store.OrderNumbers;
import uz.ultramarket.orders.store.OrderStore;

/**
 * Places the demo orders ({@link DemoOrders}) into an empty local orders table, so the admin console has orders to list
 * and the dashboard figures to show on first start. They go through the real {@link OrderStore}, numbered by the real
 * {@link OrderNumbers} (a later checkout never gets one of their numbers), so the table's stream carries them to the
 * order events like any order. Local only: nothing in AWS runs this.
 */
final class DemoOrdersSeed {
    /** How many of the catalog's SKUs the demo orders sell: few enough that the dashboard's top products stand out. */
    private static final int SOLD_SKUS = 80;
    private static final List<String> LANGUAGES = List.of("uz", "ru", "en");
    private static final String ACTIVE_SKUS = """
            SELECT s.code FROM sku s JOIN product p ON p.id = s.product_id WHERE p.status = 'active' ORDER BY s.id""";

    /** What a seeding did: the orders placed, oldest first (none when the table had orders or the catalog sells nothing). */
    record Result(List<Order> placed) {}

    private DemoOrdersSeed() {}

    static Result load(Endpoints endpoints, DynamoDbClient dynamoDb, String ordersTable, int count, Clock clock) {
        long start = System.nanoTime();
        if (hasOrders(dynamoDb, ordersTable)) {
            Progress.say("demo orders: the orders table already has orders, left as it is");
            return new Result(List.of());
        }
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(endpoints.jdbcUrl());
        dataSource.setUser(endpoints.databaseUser());
        dataSource.setPassword(endpoints.databasePassword());
        var offers = offers(dataSource);
        if (offers.get("uz").isEmpty()) {
            Progress.say("demo orders: the catalog sells nothing, so none were placed");
            return new Result(List.of());
        }
        var store = new OrderStore(dynamoDb, ordersTable);
        var numbers = new OrderNumbers(dynamoDb, ordersTable);
        var orders = DemoOrders.generate(DemoOrders.SEED, count, offers, new DeliveryRates(dataSource, clock), clock.instant(), numbers::next);
        for (var order : orders) {
            if (!store.create(order)) throw new IllegalStateException("demo order " + order.number() + " exists already");
        }
        Progress.done("demo orders placed: %,d over the last %d days, %s to %s".formatted(orders.size(), DemoOrders.DAYS,
                orders.getFirst().number(), orders.getLast().number()), start);
        return new Result(orders);
    }

    /** Whether any order is stored; the table's other item, the order-number counter, is no order. */
    static boolean hasOrders(DynamoDbClient dynamoDb, String ordersTable) {
        return dynamoDb.scanPaginator(r -> r.tableName(ordersTable).projectionExpression("pk")
                        .filterExpression("begins_with(pk, :order)").expressionAttributeValues(Map.of(":order", AttributeValue.fromS("order#"))))
                .items().stream().findAny().isPresent();
    }

    /** {@value #SOLD_SKUS} active SKUs spread over the whole catalog, as the catalog sells them now, in each language. */
    private static Map<String, Map<String, SkuOffer>> offers(DataSource dataSource) {
        var codes = new ArrayList<String>();
        try (var connection = dataSource.getConnection(); var rows = connection.createStatement().executeQuery(ACTIVE_SKUS)) {
            while (rows.next()) codes.add(rows.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the catalog's SKUs: " + e.getMessage(), e);
        }
        var sold = new ArrayList<String>();
        for (int i = 0; i < Math.min(SOLD_SKUS, codes.size()); i++) sold.add(codes.get((int) ((long) i * codes.size() / Math.min(SOLD_SKUS, codes.size()))));
        var catalog = new PostgresSkuCatalog(dataSource);
        var offers = new LinkedHashMap<String, Map<String, SkuOffer>>();
        for (String language : LANGUAGES) offers.put(language, catalog.lookUp(sold, language));
        return offers;
    }
}
