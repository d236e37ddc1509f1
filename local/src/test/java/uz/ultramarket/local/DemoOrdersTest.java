package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import uz.ultramarket.catalog.skus.PostgresSkuCatalog;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.orders.OrderLifecycle;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.orders.delivery.DeliveryOptions;
import uz.ultramarket.orders.events.OrderEvent;
import uz.ultramarket.orders.store.OrderStore;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.Table;
import uz.ultramarket.registry.World;

/** The demo orders of a first start: what they are, that they are the same every time, and what their events do. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoOrdersTest {
    @TempDir static Path dir;
    private static LocalStack stack;
    private static List<uz.ultramarket.orders.Order> orders;
    private static Instant started;

    /**
     * The registry's world with the functions whose handlers are on the classpath (the admin ones come with their modules),
     * less the dashboard's consumer: its queue, order-tally, gets every order event, and this test counts them there.
     */
    static World present() {
        var registry = World.fromRegistry();
        var functions = registry.functions().stream().filter(DemoOrdersTest::loadable).filter(f -> !f.equals(Registry.TALLY_ORDERS)).toList();
        return new World(functions, registry.tables(), registry.topics(), registry.queues(), registry.buckets());
    }

    private static boolean loadable(FunctionSpec function) {
        try {
            Class.forName(function.handler(), false, DemoOrdersTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }

    @BeforeAll
    static void start() {
        started = Instant.now();
        stack = LocalStack.start(LocalOptions.forTests(dir).withDemoProducts(300).withDemoOrders(DemoOrders.STANDARD_SIZE), present());
        orders = stored(Registry.ORDERS.name());
    }

    @AfterAll
    static void stop() {
        if (stack != null) stack.close();
    }

    private static List<uz.ultramarket.orders.Order> stored(String table) {
        return stack.aws().dynamoDb().scanPaginator(r -> r.tableName(table)).items().stream()
                .flatMap(item -> OrderStore.fromItem(item.containsKey("body") ? Map.of("body", item.get("body").s()) : Map.of()).stream())
                .sorted(Comparator.comparing(uz.ultramarket.orders.Order::createdAt)).toList();
    }

    @Test
    @Order(1)
    void aboutTwoHundredOrdersOfDemoCustomersPlacedOverTheLastSixtyDays() {
        assertEquals(DemoOrders.STANDARD_SIZE, orders.size());
        LocalDate today = Instant.now().atZone(DeliveryOptions.SHOP_ZONE).toLocalDate();
        var days = orders.stream().map(o -> o.createdAt().atZone(DeliveryOptions.SHOP_ZONE).toLocalDate()).collect(Collectors.toSet());
        assertTrue(days.stream().allMatch(d -> !d.isBefore(today.minusDays(DemoOrders.DAYS - 1)) && !d.isAfter(today)), days.toString());
        assertTrue(days.size() >= 40, "spread over the days: " + days.size());
        assertTrue(days.contains(today.minusDays(DemoOrders.DAYS - 1)) || days.contains(today.minusDays(DemoOrders.DAYS - 2)), "back to the 60th day");
        assertTrue(orders.stream().allMatch(o -> o.customerId().startsWith(DemoOrders.CUSTOMER_PREFIX)));
        assertTrue(orders.stream().allMatch(o -> o.address().recipientPhone().matches("\\+998\\d{9}") && o.address().recipientName().isPresent()));
        assertTrue(orders.stream().map(o -> o.address().region()).distinct().count() >= 8, "across regions");
        assertEquals(orders.size(), orders.stream().map(uz.ultramarket.orders.Order::number).distinct().count());
    }

    @Test
    @Order(2)
    void everyStatusAndEveryPaymentMethodIsThere() {
        assertEquals(EnumSet.allOf(OrderStatus.class), orders.stream().map(uz.ultramarket.orders.Order::status).collect(Collectors.toCollection(() -> EnumSet.noneOf(OrderStatus.class))));
        assertEquals(EnumSet.allOf(PaymentMethod.class), orders.stream().map(uz.ultramarket.orders.Order::paymentMethod).collect(Collectors.toCollection(() -> EnumSet.noneOf(PaymentMethod.class))));
    }

    @Test
    @Order(3)
    void totalsAddUpFromTheCatalogsPrices() {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(stack.endpoints().jdbcUrl());
        dataSource.setUser(stack.endpoints().databaseUser());
        dataSource.setPassword(stack.endpoints().databasePassword());
        var skus = orders.stream().flatMap(o -> o.lines().stream()).map(uz.ultramarket.orders.Order.Line::sku).collect(Collectors.toSet());
        var catalog = new PostgresSkuCatalog(dataSource).lookUp(skus, "uz");
        assertEquals(skus, catalog.keySet(), "real SKUs of the catalog");
        for (var order : orders) {
            assertFalse(order.lines().isEmpty());
            for (var line : order.lines()) {
                assertEquals(catalog.get(line.sku()).price(), line.unitPrice(), order.number() + " " + line.sku());
                assertEquals(line.unitPrice().times(line.quantity()), line.lineTotal());
            }
            Money subtotal = order.lines().stream().map(uz.ultramarket.orders.Order.Line::lineTotal).reduce(Money.ZERO, Money::plus);
            assertEquals(subtotal, order.subtotal(), order.number());
            assertEquals(order.delivery().fee(), order.deliveryFee());
            assertEquals(order.subtotal().plus(order.deliveryFee()), order.total(), order.number());
            assertTrue(order.vatIncluded().compareTo(order.total()) < 0 && !order.vatIncluded().isNegative());
        }
    }

    @Test
    @Order(4)
    void everyHistoryIsOneTheLifeCycleAllowsAndLiesInThePast() {
        for (var order : orders) {
            var history = order.history();
            assertEquals(OrderLifecycle.initial(order.paymentMethod()), history.getFirst().status(), order.number());
            assertEquals(order.createdAt(), history.getFirst().at());
            for (int i = 1; i < history.size(); i++) {
                assertTrue(OrderLifecycle.allows(history.get(i - 1).status(), history.get(i).status()), order.number() + ": " + history);
                assertTrue(history.get(i).at().isAfter(history.get(i - 1).at()), order.number() + ": " + history);
            }
            assertEquals(history.getLast().status(), order.status());
            assertTrue(history.getLast().at().isBefore(started.plusSeconds(60)), order.number() + " ends in the future: " + history);
            assertEquals(order.paymentMethod() != PaymentMethod.CASH, order.payBy().isPresent());
            // an unpaid order is the sweep's to expire: the demo's are minutes old, not past their time
            if (order.status() == OrderStatus.PENDING_PAYMENT) assertTrue(order.payBy().orElseThrow().isAfter(started));
        }
    }

    @Test
    @Order(5)
    void theSameStartPlacesTheSameOrders() {
        var clock = Clock.fixed(Instant.parse("2026-11-20T09:30:00Z"), ZoneOffset.UTC);
        var first = placedInto("demo-run-a", clock);
        var second = placedInto("demo-run-b", clock);
        assertEquals(DemoOrders.STANDARD_SIZE, first.size());
        assertEquals(first, second);
    }

    /** What a seeding of an empty table of its own wrote: number, placing, customer, status, method, region and amounts. */
    private static List<String> placedInto(String name, Clock clock) {
        var table = Table.named(name).key("pk").build();
        Provisioner.tables(stack.aws().dynamoDb(), List.of(table));
        DemoOrdersSeed.load(stack.endpoints(), stack.aws().dynamoDb(), name, DemoOrders.STANDARD_SIZE, clock);
        return stored(name).stream().map(o -> String.join(" ", o.number(), o.createdAt().toString(), o.customerId(), o.status().name(),
                o.paymentMethod().id(), o.address().region().code(), Long.toString(o.subtotal().tiyin()), Long.toString(o.total().tiyin()),
                Integer.toString(o.lines().size()))).toList();
    }

    @Test
    @Order(6)
    void theirEventsGoOutNoCustomerIsTextedAndNoStockMoves() throws Exception {
        int events = orders.stream().mapToInt(o -> OrderEvent.between(Optional.empty(), o).size()).sum();
        String tally = stack.resources().queue(Registry.ORDER_TALLY).url();
        Await.until(Duration.ofSeconds(120), events + " order events on order-tally", () -> depth(tally, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES) == events);

        var notifications = stack.resources().queue(Registry.ORDER_NOTIFICATIONS);
        Await.until(Duration.ofSeconds(120), "the order notifier took every event", () -> depth(notifications.url(), QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES) == 0
                && depth(notifications.url(), QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE) == 0);
        assertEquals(0, depth(notifications.deadLetterUrl(), QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES), "no event failed");
        var sms = stack.resources().queue(Registry.SMS_NOTIFICATIONS);
        assertEquals(0, depth(sms.url(), QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES) + depth(sms.url(), QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
        assertEquals(List.of(), stack.eskiz().messages());

        try (var connection = DriverManager.getConnection(stack.endpoints().jdbcUrl(), stack.endpoints().databaseUser(), stack.endpoints().databasePassword());
             var rows = connection.createStatement().executeQuery("SELECT count(*) FROM stock_reservation")) {
            rows.next();
            // take, release and restock move only an order's reservation rows: with none, no stock figure can have moved
            assertEquals(0, rows.getLong(1), "no order of the demo holds stock");
        }
    }

    private static int depth(String url, QueueAttributeName attribute) {
        return Integer.parseInt(stack.aws().sqs().getQueueAttributes(r -> r.queueUrl(url).attributeNames(attribute)).attributes().get(attribute));
    }

    @Test
    @Order(7)
    void aSecondStartPlacesNone() {
        var numbers = orders.stream().map(uz.ultramarket.orders.Order::number).collect(Collectors.toSet());
        stack.close();
        stack = LocalStack.start(LocalOptions.forTests(dir).withDemoProducts(300).withDemoOrders(DemoOrders.STANDARD_SIZE), present());
        Set<String> after = stored(Registry.ORDERS.name()).stream().map(uz.ultramarket.orders.Order::number).collect(Collectors.toSet());
        assertEquals(numbers, after);
    }
}
