package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.Staff;
import uz.ultramarket.registry.World;

/**
 * The admin console's API on the whole local stack: every admin route of the registry refused without a token (401), to a
 * customer (403) and, for admin-only functions, to a manager (403); and the admin's journey from a new product to a
 * shipped order the shopper hears about and the dashboard counts.
 */
class AdminConsoleTest {

    @TempDir static Path dir;
    private static LocalStack stack;
    private static Shop shop;
    private static final AtomicLong PHONES = new AtomicLong(System.nanoTime() % 900_000);
    private static String admin;
    private static String manager;
    private static Shop.Shopper customer;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(LocalOptions.forTests(dir).withDemoProducts(200), World.fromRegistry());
        shop = new Shop(stack);
        admin = signIn(LocalStack.adminPhone());
        customer = shop.signUp(phone(), "Xaridor");
        var staff = shop.signUp(phone(), "Menejer");
        String staffId = Json.mapper().readTree(shop.signedIn("GET", "/api/me", staff.token(), null, null).body()).path("id").asText();
        var granted = shop.signedIn("PUT", "/api/admin/customers/" + staffId + "/role", admin, null, "{\"role\":\"manager\"}");
        assertEquals(200, granted.statusCode(), granted.body());
        manager = signIn(staff.phone());
    }

    @AfterAll
    static void stop() { stack.close(); }

    private static String phone() {
        return "+99897" + String.format("%07d", PHONES.incrementAndGet() % 10_000_000);
    }

    /** A session for {@code phone} by SMS code, the way the console signs staff in. */
    private static String signIn(String phone) throws Exception {
        int before = shop.smsTo(phone).size();
        var otp = shop.send("POST", "/api/auth/otp", "application/json", "{\"phone\":\"" + phone + "\",\"purpose\":\"login\"}");
        assertEquals(202, otp.statusCode(), otp.body());
        Await.until(Duration.ofSeconds(20), "the login code", () -> shop.smsTo(phone).size() > before);
        String code = shop.smsTo(phone).get(before).replaceAll("\\D*(\\d{6}).*", "$1");
        var login = shop.send("POST", "/api/auth/login", "application/json", "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        return Json.mapper().readTree(login.body()).path("accessToken").asText();
    }

    private static long revenue(LocalDate day) {
        try {
            return json(shop.signedIn("GET", "/api/admin/analytics?from=" + day + "&to=" + day, manager, null, null), 200).path("revenue").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(java.net.http.HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        return Json.mapper().readTree(response.body());
    }

    @Test
    void everyAdminRouteIsRefusedToStrangersCustomersAndManagersWhereAdminsOnly() throws Exception {
        var checked = new ArrayList<String>();
        for (var function : Registry.functions()) {
            if (function.staff().isEmpty()) continue;
            for (var route : function.routes()) {
                String path = route.path().replaceAll("\\{[^}]+}", "1000001");
                String body = route.method().equals("GET") ? null : "{}";
                var nobody = shop.send(route.method(), path, body == null ? null : "application/json", body);
                assertEquals(401, nobody.statusCode(), route.key() + " without a token: " + nobody.body());
                assertEquals("application/problem+json", nobody.headers().firstValue("Content-Type").orElse(""), route.key());
                assertEquals(403, shop.signedIn(route.method(), path, customer.token(), null, body).statusCode(), route.key() + " as a customer");
                int asManager = shop.signedIn(route.method(), path, manager, null, body).statusCode();
                if (function.staff().get() == Staff.ADMIN) assertEquals(403, asManager, route.key() + " as a manager");
                else assertTrue(asManager != 401 && asManager != 403, route.key() + " as a manager: " + asManager);
                int asAdmin = shop.signedIn(route.method(), path, admin, null, body).statusCode();
                assertTrue(asAdmin != 401 && asAdmin != 403 && asAdmin < 500, route.key() + " as an admin: " + asAdmin);
                checked.add(route.key());
            }
        }
        assertEquals(22, checked.size(), "every admin route of the registry: " + checked);
    }

    @Test
    void aProductMadeInTheConsoleIsFoundOrderedShippedAndCounted() throws Exception {
        var today = LocalDate.now(ZoneId.of("Asia/Tashkent"));
        long revenueBefore = json(shop.signedIn("GET", "/api/admin/analytics?from=" + today + "&to=" + today, manager, null, null), 200)
                .path("revenue").asLong();
        long category = json(shop.signedIn("GET", "/api/admin/categories", manager, null, null), 200).path("items").get(0).path("id").asLong();
        String code = "TERMOS-" + (PHONES.get() % 100_000);
        var created = json(shop.signedIn("POST", "/api/admin/products", manager, null, """
                {"categoryId": %d, "brand": null, "status": "draft",
                 "name": {"uz": "Termos Sayohat %s", "ru": "Термос Путешествие %s", "en": "Travel thermos %s"},
                 "variants": [
                   {"code": "%s-05", "options": {"color": "black"}, "price": 15000000, "ikpu": "07323001001000000", "vatPercent": 12},
                   {"code": "%s-10", "options": {"color": "blue"}, "price": 21000000, "compareAtPrice": 25000000,
                    "ikpu": "07323001001000000", "vatPercent": 12, "packageCode": "1514296"}]}"""
                .formatted(category, code, code, code, code, code)), 201);
        long id = created.path("id").asLong();
        var received = shop.signedIn("POST", "/api/admin/stock/" + code + "-10/adjustments", manager, null,
                "{\"change\":5,\"reason\":\"received\",\"note\":\"first delivery\"}");
        assertEquals(201, received.statusCode(), received.body());
        var product = (com.fasterxml.jackson.databind.node.ObjectNode) json(shop.signedIn("GET", "/api/admin/products/" + id, manager, null, null), 200);
        product.put("status", "active");
        var activated = json(shop.signedIn("PUT", "/api/admin/products/" + id, manager, null, product.toString()), 200);
        assertEquals("active", activated.path("status").asText());
        // a second editor with the version read before is refused
        var stale = shop.signedIn("PUT", "/api/admin/products/" + id, admin, null, product.toString());
        assertEquals(409, stale.statusCode(), stale.body());

        for (String query : List.of("термос путешествие", "termos sayohat")) {
            var found = json(shop.send("GET", "/api/products?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null, null), 200);
            assertTrue(found.toString().contains("\"" + created.path("slug").asText() + "\""), query + ": " + found);
        }

        shop.signedIn("DELETE", "/api/cart", customer.token(), null, null);
        var added = shop.signedIn("POST", "/api/cart/items", customer.token(), null, "{\"sku\":\"" + code + "-10\",\"quantity\":2}");
        assertEquals(201 / 100, added.statusCode() / 100, added.body());
        var order = json(shop.signedIn("POST", "/api/checkout", customer.token(), UUID.randomUUID().toString(), """
                {"address":{"region":"UZ-SA","district":"Samarqand shahri","street":"Registon 5","recipientPhone":"%s"},
                 "deliveryMethod":"courier","paymentMethod":"cash"}""".formatted(customer.phone())), 201);
        String number = order.path("number").asText();
        long total = order.path("total").asLong();

        var listed = json(shop.signedIn("GET", "/api/admin/orders?status=AWAITING_CONFIRMATION&q=" + number, manager, null, null), 200);
        assertEquals(number, listed.path("items").get(0).path("number").asText());
        var confirmed = json(shop.signedIn("POST", "/api/admin/orders/" + number + "/actions", manager, null, "{\"action\":\"confirm\",\"version\":1}"), 200);
        long version = confirmed.path("version").asLong();
        version = json(shop.signedIn("POST", "/api/admin/orders/" + number + "/actions", manager, null,
                "{\"action\":\"process\",\"version\":" + version + "}"), 200).path("version").asLong();
        json(shop.signedIn("POST", "/api/admin/orders/" + number + "/actions", manager, null,
                "{\"action\":\"ship\",\"version\":" + version + ",\"carrier\":\"BTS Express\",\"trackingNumber\":\"BTS-4455667\"}"), 200);
        assertEquals("SHIPPED", json(shop.signedIn("GET", "/api/orders/" + number, customer.token(), null, null), 200).path("status").asText());
        Await.until(Duration.ofSeconds(30), "the shipped SMS with its tracking number",
                () -> shop.smsTo(customer.phone()).stream().anyMatch(m -> m.contains(number) && m.contains("BTS-4455667")));
        Await.until(Duration.ofSeconds(30), "the dashboard counting the order", () -> revenue(today) >= revenueBefore + total);
        var csv = shop.signedIn("GET", "/api/admin/orders.csv?q=" + number, manager, null, null);
        assertTrue(csv.body().contains(number + ","), csv.body());
        var log = json(shop.signedIn("GET", "/api/admin/audit", admin, null, null), 200).toString();
        for (var action : List.of("product.create", "product.update", "stock.adjust", "order.confirm", "order.ship", "customer.role")) {
            assertTrue(log.contains(action), action + " in " + log);
        }
    }
}
