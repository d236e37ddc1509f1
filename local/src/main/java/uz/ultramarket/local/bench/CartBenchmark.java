package uz.ultramarket.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import uz.ultramarket.core.json.Json;

/**
 * A benchmark, not a test: loads a running local stack's cart API as guests shop — each worker fills carts of ten lines
 * (the first add makes the cart), drawing in-stock SKUs of the demo catalog — then reads those carts back, and prints
 * throughput and p50/p95/p99 for each. Every add writes DynamoDB and reads price and stock from PostgreSQL; every read
 * prices all ten lines from PostgreSQL.
 *
 * <p>Arguments: base URL, requests per group (adds, then reads), concurrency.
 */
public final class CartBenchmark {

    private static final int LINES_PER_CART = 10;
    /** Adds and reads before measuring: C2 compiles the stack's hot paths (DynamoDB Local's among them) over thousands. */
    private static final int WARM_UP = 4_000;

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CartBenchmark(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CartBenchmark <base URL> [requests] [concurrency]");
            System.exit(2);
        }
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        var benchmark = new CartBenchmark(args[0]);
        var skus = benchmark.inStockSkus(300);
        System.out.printf("%n== cart: %,d in-stock SKUs of the demo catalog; guests filling carts of %d lines%n", skus.size(), LINES_PER_CART);

        // a warm-up, not measured: a container that has served a while (JIT-compiled paths, pools, connections)
        String[] warmCarts = new String[WARM_UP];
        benchmark.addToCarts(skus, WARM_UP, concurrency, warmCarts);
        var warmFilled = java.util.Arrays.stream(warmCarts).filter(java.util.Objects::nonNull).toList();
        Load.run("warm-up", WARM_UP, concurrency, (worker, i) -> benchmark.send(
                benchmark.request("/api/cart").header("X-Cart-Id", warmFilled.get(i % warmFilled.size())).GET().build()));

        System.out.printf("%n== %,d requests per route at concurrency %d, after %,d of each to warm up%n", requests, concurrency, WARM_UP);
        String[] carts = new String[requests]; // room for every worker's carts, however the requests fall between them
        benchmark.addToCarts(skus, requests, concurrency, carts).print();
        var filled = new ArrayList<String>();
        for (String cart : carts) if (cart != null) filled.add(cart);
        Load.run("get cart", requests, concurrency, (worker, i) -> benchmark.send(
                benchmark.request("/api/cart").header("X-Cart-Id", filled.get(i % filled.size())).GET().build())).print();
        System.out.printf("   (%,d carts of up to %d lines read back)%n", filled.size(), LINES_PER_CART);
        System.exit(0);
    }

    /** Adds one unit at a time; request i goes to cart i / 10, made by its first add, so each cart gets ten lines. */
    private Load.Result addToCarts(List<String> skus, int count, int concurrency, String[] carts) throws Exception {
        var draws = new Random[concurrency];
        for (int w = 0; w < concurrency; w++) draws[w] = new Random(998 + w);
        // each worker keeps its own carts: worker w's k-th cart is carts[k * concurrency + w]
        int[] added = new int[concurrency];
        int[] cartOf = new int[concurrency];
        return Load.run("add to cart", count, concurrency, (worker, i) -> {
            int slot = cartOf[worker] * concurrency + worker;
            String sku = skus.get(draws[worker].nextInt(skus.size()));
            var request = request("/api/cart/items").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"" + sku + "\",\"quantity\":1}"));
            if (carts[slot] != null && added[worker] > 0) request.header("X-Cart-Id", carts[slot]);
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && added[worker] == 0) carts[slot] = response.headers().firstValue("X-Cart-Id").orElse(null);
            if (++added[worker] == LINES_PER_CART) {
                added[worker] = 0;
                cartOf[worker]++;
            }
            return response.statusCode();
        });
    }

    private int send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "uz").timeout(Duration.ofSeconds(30));
    }

    /** Up to {@code wanted} SKU codes the catalog has in stock, from the most popular products' pages. */
    private List<String> inStockSkus(int wanted) throws IOException, InterruptedException {
        var skus = new ArrayList<String>();
        String cursor = null;
        while (skus.size() < wanted) {
            var page = get("/api/products?inStock=true&limit=48" + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)));
            for (JsonNode card : page.path("items")) {
                for (JsonNode variant : get("/api/products/" + card.path("slug").asText()).path("variants")) {
                    if (variant.path("stock").asText().equals("in_stock")) skus.add(variant.path("code").asText());
                }
            }
            if (!page.path("nextCursor").isTextual()) break;
            cursor = page.path("nextCursor").asText();
        }
        if (skus.isEmpty()) throw new IllegalStateException("the catalog has no SKU in stock: start the stack with demo products");
        Collections.shuffle(skus, new Random(998));
        return skus;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        var response = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IllegalStateException(path + " answered " + response.statusCode());
        return Json.mapper().readTree(response.body());
    }
}
