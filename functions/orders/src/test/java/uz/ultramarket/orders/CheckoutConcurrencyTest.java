package uz.ultramarket.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.testing.Call.Answer;

/** Real checkouts racing each other over real DynamoDB Local and PostgreSQL: no oversell, no double order. */
class CheckoutConcurrencyTest {

    private static OrdersWorld world;

    @BeforeAll
    static void world() throws Exception {
        world = OrdersWorld.get();
        world.catalog.sql("""
                INSERT INTO sku (code, product_id, options, price, stock_on_hand, ikpu, position)
                VALUES ('RACE-50', 3, '{}', 1990000, 50, '08544420000000000', 99)""");
    }

    @Test
    void twoHundredCustomersCheckingOutFiftyUnitsGetExactlyFiftyOrders() throws Exception {
        var customers = new ArrayList<String>();
        for (int i = 0; i < 200; i++) {
            String customer = world.customer();
            world.fillCart(customer, Map.of("RACE-50", 1));
            customers.add(customer);
        }
        var answers = new ConcurrentLinkedQueue<Answer>();
        var start = new CountDownLatch(1);
        var racing = new AtomicBoolean(true);
        var sampled = new ConcurrentLinkedQueue<int[]>();
        try (var pool = Executors.newFixedThreadPool(24)) {
            var watcher = pool.submit(() -> {
                while (racing.get()) {
                    sampled.add(world.catalog.stock("RACE-50"));
                    Thread.sleep(5);
                }
                return null;
            });
            var runs = new ArrayList<Future<?>>();
            for (var customer : customers) {
                runs.add(pool.submit(() -> {
                    start.await();
                    answers.add(CheckoutTest.checkout(customer, UUID.randomUUID().toString(),
                            "{\"address\":" + CheckoutTest.SAMARKAND + ",\"deliveryMethod\":\"courier\",\"paymentMethod\":\"cash\"}"));
                    return null;
                }));
            }
            start.countDown();
            try {
                for (var run : runs) run.get();
            } finally {
                racing.set(false);
            }
            watcher.get();
        }
        long placed = answers.stream().filter(a -> a.status() == 201).count();
        long refused = answers.stream().filter(a -> a.status() == 409 && a.text("/type").endsWith("problem-out-of-stock")).count();
        assertEquals(50, placed, "exactly the stock");
        assertEquals(150, refused, "everyone else is told it is out of stock: " + answers.stream().filter(a -> a.status() != 201 && a.status() != 409).map(Answer::body).toList());
        for (int[] stock : sampled) assertTrue(stock[1] <= stock[0] && stock[0] == 50, "never more reserved than on hand: " + stock[0] + "/" + stock[1]);
        assertEquals(50, world.catalog.stock("RACE-50")[1], "reserved is what the live orders hold");
        long held = customers.stream().flatMap(c -> world.orders.list(c, 10, Optional.empty()).orders().stream())
                .filter(o -> o.status() == OrderStatus.AWAITING_CONFIRMATION)
                .mapToLong(o -> o.quantities().getOrDefault("RACE-50", 0)).sum();
        assertEquals(50, held);
    }

    @Test
    void oneKeyRacingFromTenThreadsPlacesOneOrderAndAllGetItsAnswer() throws Exception {
        String customer = world.customer();
        world.fillCart(customer, Map.of("CABLE-30", 2));
        String key = UUID.randomUUID().toString();
        String body = "{\"address\":" + CheckoutTest.SAMARKAND + ",\"deliveryMethod\":\"courier\",\"paymentMethod\":\"payme\"}";
        var start = new CountDownLatch(1);
        List<Answer> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(10)) {
            var runs = new ArrayList<Future<Answer>>();
            for (int i = 0; i < 10; i++) runs.add(pool.submit(() -> {
                start.await();
                return CheckoutTest.checkout(customer, key, body);
            }));
            start.countDown();
            for (var run : runs) answers.add(run.get());
        }
        var orders = world.orders.list(customer, 10, Optional.empty()).orders();
        assertEquals(1, orders.size(), "one order");
        for (var answer : answers) {
            assertEquals(201, answer.status(), answer.body());
            assertEquals(answers.get(0).body(), answer.body(), "the same answer for each");
        }
        assertEquals(orders.get(0).number(), answers.get(0).text("/number"));
    }
}
