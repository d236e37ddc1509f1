package uz.ultramarket.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.core.testing.Call.Answer;

/** Requests racing at one cart through the real handlers and stores: every change that was answered 200 is in the cart. */
class CartConcurrencyTest {

    private static CartWorld world;

    @BeforeAll
    static void start() throws Exception {
        world = CartWorld.get();
    }

    private static Answer add(String token, String cartId, String sku, int quantity) {
        var call = Call.post(world.add, "/api/cart/items").json("{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}");
        if (token != null) call.bearer(token);
        if (cartId != null) call.header("X-Cart-Id", cartId);
        return call.send();
    }

    /** Runs every task at once (released together) and returns their answers. */
    private static List<Answer> race(List<Callable<Answer>> tasks) throws Exception {
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Answer>();
        try (var pool = Executors.newFixedThreadPool(tasks.size())) {
            var futures = tasks.stream().map(task -> pool.submit(() -> {
                start.await();
                return task.call();
            })).toList();
            start.countDown();
            for (var future : futures) answers.add(future.get());
        }
        return answers;
    }

    private static Map<String, Integer> lines(JsonNode cart) {
        var lines = new HashMap<String, Integer>();
        cart.path("lines").forEach(line -> lines.put(line.path("sku").asText(), line.path("quantity").asInt()));
        return lines;
    }

    @Test
    void twentyFiveParallelAddsToOneGuestCartAllCount() throws Exception {
        String id = add(null, null, "CABLE-30", 1).text("/id");
        var tasks = new ArrayList<Callable<Answer>>();
        for (int i = 0; i < 20; i++) tasks.add(() -> add(null, id, "CABLE-30", 1));
        for (int n = 31; n <= 35; n++) {
            String sku = "CABLE-" + n;
            tasks.add(() -> add(null, id, sku, 2));
        }
        for (var answer : race(tasks)) assertEquals(200, answer.status(), answer.body());
        var cart = Call.get(world.view, "/api/cart").header("X-Cart-Id", id).send().json();
        assertEquals(Map.of("CABLE-30", 21, "CABLE-31", 2, "CABLE-32", 2, "CABLE-33", 2, "CABLE-34", 2, "CABLE-35", 2), lines(cart));
        assertEquals(26, Long.parseLong(world.item("guest#" + id).get("version").n()), "one write per change, none lost");
    }

    @Test
    void parallelAddsChangesAndAMergeOnOneCustomersCartAllCount() throws Exception {
        String token = world.tokenFor(Ids.newId());
        add(token, null, "CABLE-40", 10);
        String guestA = add(null, null, "CABLE-41", 3).text("/id");
        var tasks = new ArrayList<Callable<Answer>>();
        for (int i = 0; i < 20; i++) tasks.add(() -> add(token, null, "CABLE-42", 1));
        tasks.add(() -> Call.to(world.change, "PATCH", "/api/cart/items/{sku}", "sku", "CABLE-40").bearer(token).json("{\"quantity\":5}").send());
        // the same guest cart merged twice at once: its lines arrive once
        tasks.add(() -> Call.post(world.merge, "/api/cart/merge").bearer(token).header("X-Cart-Id", guestA).send());
        tasks.add(() -> Call.post(world.merge, "/api/cart/merge").bearer(token).header("X-Cart-Id", guestA).send());
        for (var answer : race(tasks)) assertEquals(200, answer.status(), answer.body());
        var cart = Call.get(world.view, "/api/cart").bearer(token).send().json();
        assertEquals(Map.of("CABLE-40", 5, "CABLE-41", 3, "CABLE-42", 20), lines(cart));
    }

    @Test
    void twoContainersChangingOneCartEachSeeTheOthersWrites() {
        var other = world.anotherContainer();
        String id = add(null, null, "CABLE-43", 1).text("/id");
        assertEquals(200, Call.post(other.add(), "/api/cart/items").header("X-Cart-Id", id).json("{\"sku\":\"CABLE-43\",\"quantity\":2}").send().status());
        var third = add(null, id, "CABLE-43", 3);
        assertEquals(6, third.json().at("/lines/0/quantity").asInt(), "this container's memory of the cart was stale; the write told it");
        assertEquals(6, Integer.parseInt(world.item("guest#" + id).get("lines").l().getFirst().m().get("quantity").n()));

        var gone = Call.to(other.change(), "DELETE", "/api/cart/items/{sku}", "sku", "CABLE-43").header("X-Cart-Id", id).send();
        assertEquals(0, gone.json().path("lines").size());
        var patch = Call.to(world.change, "PATCH", "/api/cart/items/{sku}", "sku", "CABLE-43").header("X-Cart-Id", id).json("{\"quantity\":2}").send();
        assertEquals(404, patch.status(), "the line is gone, though this container last saw it");
        assertEquals(0, lines(Call.get(world.view, "/api/cart").header("X-Cart-Id", id).send().json()).size());
    }

    @Test
    void aRefusalFromAStaleMemoryIsDecidedOnTheStoredCart() {
        var other = world.anotherContainer();
        String id = add(null, null, "CABLE-01", 1).text("/id");
        for (int n = 2; n <= 50; n++) assertEquals(200, add(null, id, "CABLE-%02d".formatted(n), 1).status());
        assertEquals(200, Call.to(other.change(), "DELETE", "/api/cart/items/{sku}", "sku", "CABLE-50").header("X-Cart-Id", id).send().status());
        var added = add(null, id, "CABLE-51", 1);
        assertEquals(200, added.status(), "the cart this container remembers is full, the stored one is not: " + added.body());
        assertEquals(50, added.json().path("lines").size());
    }
}
