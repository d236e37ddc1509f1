package uz.ultramarket.local.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A benchmark, not a test: signed-in customers check out at the running local stack — each worker is one customer who
 * puts one unit of a well-stocked SKU in the cart (not timed) and checks it out with cash on delivery to the Samarkand
 * address in their book (timed), so every checkout has its own cart; then the customers read their order lists. Prints throughput and
 * p50/p95/p99 of each. A checkout claims its key, reads the cart, the address, prices and delivery rates, holds the
 * stock in PostgreSQL, writes the order and empties the cart.
 *
 * <p>Arguments: base URL, the stack's function-environment file (for the database the SKU's stock is raised in),
 * checkouts, concurrency.
 */
public final class CheckoutBenchmark {

    private static final int WARM_UP = 400;
    private final Shoppers shoppers;

    private CheckoutBenchmark(String base, int customers) throws IOException {
        this.shoppers = new Shoppers(base, customers);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CheckoutBenchmark <base URL> <function-environment.properties> [checkouts] [concurrency]");
            System.exit(2);
        }
        int checkouts = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        var benchmark = new CheckoutBenchmark(args[0], concurrency);
        String sku = Shoppers.wellStockedSku(Path.of(args[1]), (WARM_UP + checkouts) * 2L);
        benchmark.shoppers.signUp("+99893");
        System.out.printf("%n== checkout: %d customers, one unit of %s each time, cash on delivery to Samarkand%n", concurrency, sku);
        Load.run("warm-up", WARM_UP, concurrency, (worker, i) -> benchmark.checkout(worker, sku));
        System.out.printf("%n== %,d checkouts at concurrency %d (each after its own add to cart, not timed), after %,d to warm up%n",
                checkouts, concurrency, WARM_UP);
        Load.run("checkout", checkouts, concurrency, (worker, i) -> benchmark.checkout(worker, sku)).print();
        long drained = benchmark.shoppers.awaitSms(WARM_UP + checkouts);
        System.out.printf("   (the SMS of every order reached the outbox %.1f s after the last checkout; the lists are read after that)%n", drained / 1e3);
        var lists = Load.run("order list", checkouts, concurrency, (worker, i) -> benchmark.shoppers.send(worker,
                benchmark.shoppers.request(worker, "/api/orders?limit=20").GET().build()));
        lists.print();
        System.out.printf("   (each customer's list holds about %,d orders; a page is the newest 20)%n", (WARM_UP + checkouts) / concurrency);
        System.exit(0);
    }

    private int checkout(int worker, String sku) throws Exception {
        int added = shoppers.send(worker, shoppers.request(worker, "/api/cart/items").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"" + sku + "\",\"quantity\":1}")).build());
        if (added != 200) return added;
        Load.timeFromHere();
        return shoppers.send(worker, shoppers.request(worker, "/api/checkout").header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"addressId\":\"" + shoppers.addresses[worker] + "\",\"deliveryMethod\":\"courier\",\"paymentMethod\":\"cash\"}"))
                .build());
    }
}
