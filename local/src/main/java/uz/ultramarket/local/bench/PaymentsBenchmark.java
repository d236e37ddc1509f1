package uz.ultramarket.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.UUID;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.local.click.ClickSignature;
import uz.ultramarket.local.payme.PaymeSandbox;

/**
 * A benchmark, not a test: the payment callbacks at the running local stack, as Payme and Click send them (Basic auth
 * and MD5 signatures with the local test accounts of {@code /_local/providers.json}). Signed-in customers first place
 * orders to pay online (not timed); then Payme creates a transaction for each of one half and performs each, and Click
 * prepares and completes a payment for each of the other half — each order paid once, stock taken in PostgreSQL, the
 * order's step and the payment written in one DynamoDB transaction. Prints req/s and p50/p95/p99 of each call.
 *
 * <p>Arguments: base URL, the stack's function-environment file, payments per provider, concurrency.
 */
public final class PaymentsBenchmark {

    private static final int WARM_UP = 100;

    private final Shoppers shoppers;
    private final String paymeAuth;
    private final String clickSecret;
    private final String clickService;

    private PaymentsBenchmark(String base, int customers) throws Exception {
        this.shoppers = new Shoppers(base, customers);
        var providers = Json.mapper().readTree(shoppers.clients[0].send(HttpRequest.newBuilder(URI.create(shoppers.base + "/_local/providers.json"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        this.paymeAuth = PaymeSandbox.authorization(providers.at("/payme/key").asText());
        this.clickSecret = providers.at("/click/secretKey").asText();
        this.clickService = providers.at("/click/serviceId").asText();
    }

    record Placed(String number, long total) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PaymentsBenchmark <base URL> <function-environment.properties> [payments per provider] [concurrency]");
            System.exit(2);
        }
        int payments = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        var benchmark = new PaymentsBenchmark(args[0], concurrency);
        int each = WARM_UP + payments;
        String sku = Shoppers.wellStockedSku(Path.of(args[1]), 2L * each * 2);
        benchmark.shoppers.signUp("+99894");
        var payme = new Placed[each];
        var click = new Placed[each];
        System.out.printf("%n== placing %,d orders to pay with Payme and %,d with Click (one unit of %s each; not timed)%n", each, each, sku);
        Load.run("checkout", each, concurrency, (worker, i) -> benchmark.place(worker, sku, "payme", payme, i)).print();
        Load.run("checkout", each, concurrency, (worker, i) -> benchmark.place(worker, sku, "click", click, i)).print();

        long drained = benchmark.shoppers.awaitSms(2 * each);
        System.out.printf("   (the order-placed SMS reached the outbox %.1f s after the last checkout; the payments start after that)%n", drained / 1e3);

        var ids = new String[each];
        var clickIds = new String[each];
        var prepareIds = new String[each];
        for (int i = 0; i < each; i++) {
            ids[i] = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)).substring(0, 24);
            clickIds[i] = Long.toString(System.currentTimeMillis() * 1000 + i);
        }
        System.out.printf("%n== warm-up: %d payments through each provider%n", WARM_UP);
        Load.run("warm-up", WARM_UP, concurrency, (worker, i) -> benchmark.payme(worker, "CreateTransaction", create(ids[i], payme[i])));
        Load.run("warm-up", WARM_UP, concurrency, (worker, i) -> benchmark.payme(worker, "PerformTransaction", "{\"id\":\"" + ids[i] + "\"}"));
        Load.run("warm-up", WARM_UP, concurrency, (worker, i) -> benchmark.click(worker, 0, clickIds[i], click[i], prepareIds, i));
        Load.run("warm-up", WARM_UP, concurrency, (worker, i) -> benchmark.click(worker, 1, clickIds[i], click[i], prepareIds, i));

        System.out.printf("%n== %,d payments through each provider at concurrency %d%n", payments, concurrency);
        Load.run("Payme create", payments, concurrency,
                (worker, i) -> benchmark.payme(worker, "CreateTransaction", create(ids[WARM_UP + i], payme[WARM_UP + i]))).print();
        Load.run("Payme perform", payments, concurrency,
                (worker, i) -> benchmark.payme(worker, "PerformTransaction", "{\"id\":\"" + ids[WARM_UP + i] + "\"}")).print();
        Load.run("Click prepare", payments, concurrency,
                (worker, i) -> benchmark.click(worker, 0, clickIds[WARM_UP + i], click[WARM_UP + i], prepareIds, WARM_UP + i)).print();
        Load.run("Click complete", payments, concurrency,
                (worker, i) -> benchmark.click(worker, 1, clickIds[WARM_UP + i], click[WARM_UP + i], prepareIds, WARM_UP + i)).print();
        Load.run("Payme repeat", payments, concurrency,
                (worker, i) -> benchmark.payme(worker, "PerformTransaction", "{\"id\":\"" + ids[WARM_UP + i] + "\"}")).print();
        System.out.println("   (a repeat is answered from what is stored: the same bytes, no write)");
        System.exit(0);
    }

    private int place(int worker, String sku, String method, Placed[] placed, int i) throws Exception {
        int added = shoppers.send(worker, shoppers.request(worker, "/api/cart/items").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"" + sku + "\",\"quantity\":1}")).build());
        if (added != 200) return added;
        var response = shoppers.clients[worker].send(shoppers.request(worker, "/api/checkout").header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"addressId\":\"" + shoppers.addresses[worker]
                        + "\",\"deliveryMethod\":\"courier\",\"paymentMethod\":\"" + method + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) throw new IllegalStateException("checkout answered " + response.statusCode() + ": " + response.body());
        var order = Json.mapper().readTree(response.body());
        placed[i] = new Placed(order.path("number").asText(), order.path("total").asLong());
        return 201;
    }

    private static String create(String id, Placed order) {
        return "{\"id\":\"" + id + "\",\"time\":" + System.currentTimeMillis() + ",\"amount\":" + order.total()
                + ",\"account\":{\"order_id\":\"" + order.number() + "\"}}";
    }

    /** One Merchant API call; a JSON-RPC error counts as a failure. */
    private int payme(int worker, String method, String params) throws Exception {
        var reply = shoppers.clients[worker].send(HttpRequest.newBuilder(URI.create(shoppers.base + "/api/payments/payme"))
                .header("Content-Type", "text/json; charset=UTF-8").header("Authorization", paymeAuth)
                .POST(HttpRequest.BodyPublishers.ofString("{\"method\":\"" + method + "\",\"params\":" + params + ",\"id\":" + worker + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return reply.statusCode() == 200 && !reply.body().contains("\"error\"") ? 200 : 500;
    }

    /** Prepare ({@code action} 0) or Complete (1) of Click payment {@code clickId}; an {@code error} other than 0 counts as a failure. */
    private int click(int worker, int action, String clickId, Placed order, String[] prepareIds, int i) throws Exception {
        String amount = order.total() / 100 + "." + String.format("%02d", order.total() % 100);
        String form = ClickSignature.encoded(ClickSignature.form(clickId, clickId, clickService, clickSecret, order.number(), amount,
                action == 1 ? prepareIds[i] : null, 0, "2026-12-03 12:00:00"));
        var reply = shoppers.clients[worker].send(HttpRequest.newBuilder(URI.create(shoppers.base + "/api/payments/click/"
                        + (action == 0 ? "prepare" : "complete"))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = Json.mapper().readTree(reply.body());
        if (action == 0) prepareIds[i] = json.path("merchant_prepare_id").asText();
        return reply.statusCode() == 200 && json.path("error").asInt() == 0 ? 200 : 500;
    }
}
