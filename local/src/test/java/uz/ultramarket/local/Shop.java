package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import uz.ultramarket.core.json.Json;

/** What a test does at a running local stack as a shopper: HTTP calls, signing up by SMS code, the SMS sent, the stock. */
final class Shop {

    /** A signed-up customer: the phone their SMS go to, and their access token. */
    record Shopper(String phone, String token) {}

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final LocalStack stack;

    Shop(LocalStack stack) {
        this.stack = stack;
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : stack.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) request.header("Content-Type", contentType);
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return send(method, path, contentType, body, Map.of());
    }

    /** A JSON request with the customer's token (and an {@code Idempotency-Key} when one is given). */
    HttpResponse<String> signedIn(String method, String path, String token, String idempotencyKey, String body) throws Exception {
        var headers = new java.util.HashMap<String, String>(Map.of("Authorization", "Bearer " + token));
        if (idempotencyKey != null) headers.put("Idempotency-Key", idempotencyKey);
        return send(method, path, body == null ? null : "application/json", body, headers);
    }

    /** A new customer on {@code phone}, signed up with the code the Eskiz sandbox received. */
    Shopper signUp(String phone, String name) throws Exception {
        var otp = send("POST", "/api/auth/otp", "application/json", "{\"phone\":\"" + phone + "\",\"purpose\":\"register\"}");
        assertEquals(202, otp.statusCode(), otp.body());
        Await.until(Duration.ofSeconds(20), "the sign-up code", () -> smsTo(phone).size() == 1);
        String code = smsTo(phone).get(0).replaceAll("\\D*(\\d{6}).*", "$1");
        var registered = send("POST", "/api/auth/register", "application/json",
                "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\",\"name\":\"" + name + "\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        return new Shopper(phone, Json.mapper().readTree(registered.body()).path("accessToken").asText());
    }

    List<String> smsTo(String phone) {
        return stack.eskiz().messages().stream().filter(m -> m.to().equals(phone.substring(1))).map(m -> m.message()).toList();
    }

    /** An active SKU with at least {@code units} that can still be sold. */
    String skuWithStock(int units) throws Exception {
        try (var connection = database(); var statement = connection.prepareStatement("""
                SELECT s.code FROM sku s JOIN product p ON p.id = s.product_id
                 WHERE p.status = 'active' AND s.stock_on_hand - s.stock_reserved >= ? ORDER BY s.id DESC LIMIT 1""")) {
            statement.setInt(1, units);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** {on hand, reserved} of a SKU. */
    int[] stock(String sku) throws Exception {
        try (var connection = database(); var statement = connection.prepareStatement("SELECT stock_on_hand, stock_reserved FROM sku WHERE code = ?")) {
            statement.setString(1, sku);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return new int[] {rows.getInt(1), rows.getInt(2)};
            }
        }
    }

    private java.sql.Connection database() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(stack.endpoints().jdbcUrl(), stack.endpoints().databaseUser(), stack.endpoints().databasePassword());
    }
}
