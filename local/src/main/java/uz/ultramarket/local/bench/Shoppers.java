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
import uz.ultramarket.core.json.Json;

/**
 * The signed-in customers a benchmark's workers act as, one per worker, each from its own loopback address (as shoppers
 * come from their own: sign-up codes are limited per address), signed up through the real SMS-code path with a
 * Samarkand address in their book; and the well-stocked SKU they buy.
 */
final class Shoppers {

    private static final String ADDRESS = """
            {"region":"UZ-SA","district":"Samarqand shahri","street":"Registon ko'chasi 5","recipientPhone":"+998901112233"}""";

    final String base;
    final HttpClient[] clients;
    final String[] tokens;
    final String[] addresses;
    final String[] phones;

    Shoppers(String base, int customers) throws IOException {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.clients = new HttpClient[customers];
        this.tokens = new String[customers];
        this.addresses = new String[customers];
        this.phones = new String[customers];
        for (int c = 0; c < customers; c++) {
            clients[c] = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .localAddress(InetAddress.getByAddress(new byte[] {127, 0, (byte) (1 + c / 200), (byte) (10 + c % 200)})).build();
        }
    }

    /** One new customer per worker, signed up with the code the local outbox shows; {@code prefix} keeps runs' phones apart. */
    void signUp(String prefix) throws Exception {
        String run = String.format("%04d", (int) (System.currentTimeMillis() / 1000 % 10_000));
        for (int c = 0; c < clients.length; c++) {
            String phone = prefix + run + String.format("%03d", c);
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
    long awaitSms(int orders) throws Exception {
        long started = System.currentTimeMillis();
        int expected = phones.length + orders;
        for (int seen = 0; seen < expected && System.currentTimeMillis() - started < 600_000; Thread.sleep(500)) {
            seen = 0;
            for (String phone : phones) seen += outbox(phone).path("sms").size();
        }
        return System.currentTimeMillis() - started;
    }

    JsonNode outbox(String phone) throws Exception {
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

    /** The demo catalog's first in-stock SKU, its stock raised by {@code units} so that every order of the run finds some. */
    static String wellStockedSku(Path environmentFile, long units) throws Exception {
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

    int send(int worker, HttpRequest request) throws IOException, InterruptedException {
        return clients[worker].send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    HttpRequest.Builder request(int worker, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "uz")
                .header("Authorization", "Bearer " + tokens[worker]).timeout(Duration.ofSeconds(30));
    }
}
