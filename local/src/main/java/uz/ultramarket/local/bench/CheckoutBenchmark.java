package uz.ultramarket.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import uz.ultramarket.core.json.Json;

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
    private static final String ADDRESS = """
            {"region":"UZ-SA","district":"Samarqand shahri","street":"Registon ko'chasi 5","recipientPhone":"+998901112233"}""";

    private final String base;
    private final HttpClient[] clients;
    private final String[] tokens;
    private final String[] addresses;
    private final String[] phones;

    private CheckoutBenchmark(String base, int customers) throws IOException {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.clients = new HttpClient[customers];
        this.tokens = new String[customers];
        this.addresses = new String[customers];
        this.phones = new String[customers];
        for (int c = 0; c < customers; c++) {
            // each customer from its own loopback address, as shoppers come from their own: sign-up codes are limited per address
            clients[c] = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .localAddress(InetAddress.getByAddress(new byte[] {127, 0, (byte) (1 + c / 200), (byte) (10 + c % 200)})).build();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CheckoutBenchmark <base URL> <function-environment.properties> [checkouts] [concurrency]");
            System.exit(2);
        }
        int checkouts = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        var benchmark = new CheckoutBenchmark(args[0], concurrency);
        String sku = benchmark.wellStockedSku(Path.of(args[1]), (WARM_UP + checkouts) * 2L);
        benchmark.signUp();
        System.out.printf("%n== checkout: %d customers, one unit of %s each time, cash on delivery to Samarkand%n", concurrency, sku);
        Load.run("warm-up", WARM_UP, concurrency, (worker, i) -> benchmark.checkout(worker, sku));
        System.out.printf("%n== %,d checkouts at concurrency %d (each after its own add to cart, not timed), after %,d to warm up%n",
                checkouts, concurrency, WARM_UP);
        Load.run("checkout", checkouts, concurrency, (worker, i) -> benchmark.checkout(worker, sku)).print();
        long drained = benchmark.awaitEverySms(WARM_UP + checkouts);
        System.out.printf("   (the SMS of every order reached the outbox %.1f s after the last checkout; the lists are read after that)%n", drained / 1e3);
        var lists = Load.run("order list", checkouts, concurrency, (worker, i) -> benchmark.send(worker,
                benchmark.request(worker, "/api/orders?limit=20").GET().build()));
        lists.print();
        System.out.printf("   (each customer's list holds about %,d orders; a page is the newest 20)%n", (WARM_UP + checkouts) / concurrency);
        System.exit(0);
    }

    private int checkout(int worker, String sku) throws Exception {
        int added = send(worker, request(worker, "/api/cart/items").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"" + sku + "\",\"quantity\":1}")).build());
        if (added != 200) return added;
        Load.timeFromHere();
        return send(worker, request(worker, "/api/checkout").header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"addressId\":\"" + addresses[worker] + "\",\"deliveryMethod\":\"courier\",\"paymentMethod\":\"cash\"}"))
                .build());
    }

    /** One new customer per worker, signed up with the code the local outbox shows. */
    private void signUp() throws Exception {
        String run = String.format("%04d", (int) (System.currentTimeMillis() / 1000 % 10_000));
        for (int c = 0; c < clients.length; c++) {
            String phone = "+99893" + run + String.format("%03d", c);
            phones[c] = phone;
            int asked = send(c, HttpRequest.newBuilder(URI.create(base + "/api/auth/otp")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"" + phone + "\",\"purpose\":\"register\"}")).build());
            if (asked != 202) throw new IllegalStateException("asking for a sign-up code for " + phone + " answered " + asked);
            String code = codeFor(phone);
            var registered = clients[c].send(HttpRequest.newBuilder(URI.create(base + "/api/auth/register")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\",\"name\":\"Bench " + c + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (registered.statusCode() != 201) throw new IllegalStateException("sign-up answered " + registered.statusCode() + ": " + registered.body());
            tokens[c] = Json.mapper().readTree(registered.body()).path("accessToken").asText();
            var saved = clients[c].send(request(c, "/api/me/addresses").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ADDRESS)).build(), HttpResponse.BodyHandlers.ofString());
            if (saved.statusCode() != 201) throw new IllegalStateException("saving an address answered " + saved.statusCode() + ": " + saved.body());
            addresses[c] = Json.mapper().readTree(saved.body()).path("id").asText();
        }
    }

    /**
     * Waits until the sign-up code and one order SMS per order have reached every customer: reading the lists while the
     * stack still works off the event backlog (stream → SNS → SQS → SMS, on these same two cores; in AWS, other Lambdas)
     * would time the backlog, not the route. Answers the milliseconds it waited.
     */
    private long awaitEverySms(int orders) throws Exception {
        long started = System.currentTimeMillis();
        int expected = phones.length + orders;
        for (int seen = 0; seen < expected && System.currentTimeMillis() - started < 600_000; Thread.sleep(500)) {
            seen = 0;
            for (String phone : phones) seen += outbox(phone).path("sms").size();
        }
        return System.currentTimeMillis() - started;
    }

    private JsonNode outbox(String phone) throws Exception {
        var response = clients[0].send(HttpRequest.newBuilder(URI.create(base + "/_local/outbox.json?to="
                + java.net.URLEncoder.encode(phone, java.nio.charset.StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(response.body());
    }

    private String codeFor(String phone) throws Exception {
        for (int tries = 0; tries < 200; tries++) {
            for (JsonNode sms : outbox(phone).path("sms")) {
                var code = java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(sms.path("message").asText());
                if (code.find()) return code.group(1);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no sign-up code reached " + phone);
    }

    /** The demo catalog's first in-stock SKU, its stock raised so that every checkout of the run finds some. */
    private String wellStockedSku(Path environmentFile, long units) throws Exception {
        var environment = new Properties();
        try (Reader in = Files.newBufferedReader(environmentFile)) {
            environment.load(in);
        }
        try (var connection = DriverManager.getConnection(environment.getProperty("DB_URL"), environment.getProperty("DB_USER"),
                environment.getProperty("DB_PASSWORD"));
             var raise = connection.prepareStatement("""
                     UPDATE sku SET stock_on_hand = stock_on_hand + ?
                      WHERE id = (SELECT s.id FROM sku s JOIN product p ON p.id = s.product_id
                                   WHERE p.status = 'active' AND s.stock_on_hand > s.stock_reserved ORDER BY s.id LIMIT 1)
                     RETURNING code""")) {
            raise.setLong(1, units);
            try (var rows = raise.executeQuery()) {
                if (!rows.next()) throw new IllegalStateException("the catalog has no SKU in stock: start the stack with demo products");
                return rows.getString(1);
            }
        }
    }

    private int send(int worker, HttpRequest request) throws IOException, InterruptedException {
        return clients[worker].send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest.Builder request(int worker, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "uz")
                .header("Authorization", "Bearer " + tokens[worker]).timeout(Duration.ofSeconds(30));
    }
}
