package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.ultramarket.local.testfunctions.EchoHandler;

/** Requests through the real local stack (DynamoDB Local, moto, PostgreSQL) to test handlers, as API Gateway would send them. */
class LocalApiGatewayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir static Path dir;
    private static LocalStack stack;

    @BeforeAll
    static void start() throws IOException {
        var dist = Files.createDirectories(dir.resolve("dist/assets"));
        Files.writeString(dist.resolveSibling("index.html"), "<html>shop</html>");
        Files.writeString(dist.resolve("app-1a2b.js"), "console.log('shop')");
        stack = LocalStack.start(LocalOptions.forTests(dir.resolve("data")).withFrontend(dist.getParent()), TestWorld.full());
    }

    @AfterAll
    static void stop() {
        if (stack != null) stack.close();
    }

    private static HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(stack.baseUrl() + pathAndQuery));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode echo(HttpRequest.Builder request) throws IOException, InterruptedException {
        var response = send(request);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void routesReachTheirFunctionsWithPathParameters() throws Exception {
        var item = echo(request("/api/items/42"));
        assertEquals("item", item.get("function").asText());
        assertEquals("GET /api/items/{id}", item.get("routeKey").asText());
        assertEquals("GET /api/items/{id}", item.get("contextRouteKey").asText());
        assertEquals("42", item.at("/pathParameters/id").asText());

        assertEquals("item-special", echo(request("/api/items/special")).get("function").asText());
        var files = echo(request("/api/files/docs/a%20b/c.pdf").DELETE());
        assertEquals("files", files.get("function").asText());
        assertEquals("docs/a b/c.pdf", files.at("/pathParameters/path").asText());
        assertEquals("special-files", echo(request("/api/files/special/x")).get("function").asText());
        assertEquals("echo-post", echo(request("/api/echo").POST(HttpRequest.BodyPublishers.noBody())).get("function").asText());
    }

    @Test
    void unknownRoutesGoToDefault() throws Exception {
        var fallback = echo(request("/api/no/such/thing?x=1"));
        assertEquals("fallback", fallback.get("function").asText());
        assertEquals("$default", fallback.get("routeKey").asText());
        assertTrue(fallback.get("pathParameters").isNull());
    }

    @Test
    void theEventCarriesTheRequestAsApiGatewayDoes() throws Exception {
        var event = echo(request("/api/echo?q=phone&tag=a&tag=b&empty=&name=J%C3%BCrgen+K")
                .header("X-Custom-Header", "Value")
                .header("X-Repeated", "one")
                .header("X-Repeated", "two")
                .header("Cookie", "session=abc; cart=xyz")
                .header("User-Agent", "local-test/1.0"));
        assertEquals("2.0", event.get("version").asText());
        assertEquals("GET", event.get("method").asText());
        assertEquals("/api/echo", event.get("rawPath").asText());
        assertEquals("/api/echo", event.get("path").asText());
        assertEquals("q=phone&tag=a&tag=b&empty=&name=J%C3%BCrgen+K", event.get("rawQueryString").asText());
        assertEquals("phone", event.at("/queryStringParameters/q").asText());
        assertEquals("a,b", event.at("/queryStringParameters/tag").asText());
        assertEquals("", event.at("/queryStringParameters/empty").asText());
        assertEquals("Jürgen K", event.at("/queryStringParameters/name").asText());
        assertEquals("Value", event.at("/headers/x-custom-header").asText());
        assertEquals("one,two", event.at("/headers/x-repeated").asText());
        assertTrue(event.at("/headers/cookie").isMissingNode(), "cookies move out of the headers");
        assertEquals(List.of("session=abc", "cart=xyz"), List.of(JSON.treeToValue(event.get("cookies"), String[].class)));
        assertEquals("local-test/1.0", event.get("userAgent").asText());
        assertEquals("127.0.0.1", event.get("sourceIp").asText());
        assertEquals("HTTP/1.1", event.get("protocol").asText());
        assertEquals("$default", event.get("stage").asText());
        assertEquals("127.0.0.1", event.get("domainName").asText());
        assertTrue(event.get("time").asText().matches("\\d\\d/[A-Z][a-z]{2}/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\+0000"), event.get("time").asText());
        assertTrue(Math.abs(System.currentTimeMillis() - event.get("timeEpoch").asLong()) < 60_000);
        assertTrue(event.get("remainingMillis").asInt() > 9_000, "the registry's default timeout is 10 s");
        assertEquals("items", event.get("tableProperty").asText(), "functions see their table through the environment");

        var again = echo(request("/api/echo"));
        assertNotEquals(event.get("requestId").asText(), again.get("requestId").asText());
        assertNotEquals(event.get("awsRequestId").asText(), again.get("awsRequestId").asText());
        assertTrue(again.get("cookies").isNull());
        assertEquals("", again.get("rawQueryString").asText());
        assertTrue(again.get("queryStringParameters").isNull());
        assertTrue(again.get("body").isNull());
    }

    @Test
    void textBodiesArriveAsTextAndBinaryOnesAsBase64() throws Exception {
        var json = echo(request("/api/echo").header("Content-Type", "application/json; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ташкент\"}")));
        assertEquals("{\"name\":\"Ташкент\"}", json.get("body").asText());
        assertFalse(json.get("isBase64Encoded").asBoolean());

        byte[] image = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF};
        var binary = echo(request("/api/echo").header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(image)));
        assertTrue(binary.get("isBase64Encoded").asBoolean());
        assertArrayEquals(image, Base64.getDecoder().decode(binary.get("body").asText()));
    }

    @Test
    void responsesCarryCookiesMultiValueHeadersAndDecodedBinaryBodies() throws Exception {
        var withCookies = send(request("/api/echo").header("X-Echo-Cookies", "yes"));
        assertEquals(List.of("session=abc; Path=/; HttpOnly", "theme=dark"), withCookies.headers().allValues("set-cookie"));
        assertEquals(List.of("one", "two"), withCookies.headers().allValues("x-multi"));
        assertEquals("application/json", withCookies.headers().firstValue("content-type").orElseThrow());

        var binary = HTTP.send(request("/api/echo").header("X-Echo-Binary", "yes").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("application/octet-stream", binary.headers().firstValue("content-type").orElseThrow());
        assertArrayEquals(EchoHandler.BINARY, binary.body());
    }

    @Test
    void bodiesOverTenMegabytesAreRefused() throws Exception {
        var justRight = send(request("/api/echo").header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[LocalApiGateway.BODY_LIMIT])));
        assertEquals(200, justRight.statusCode());

        var declared = send(request("/api/echo").header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[LocalApiGateway.BODY_LIMIT + 1])));
        assertEquals(413, declared.statusCode());
        assertEquals("application/problem+json", declared.headers().firstValue("content-type").orElseThrow());
        assertEquals(413, JSON.readTree(declared.body()).get("status").asInt());

        // chunked, so only counting the bytes finds out
        var streamed = send(request("/api/echo").header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[LocalApiGateway.BODY_LIMIT + 1024]))));
        assertEquals(413, streamed.statusCode());
    }

    @Test
    void aThrowingHandlerIsABadGateway() throws Exception {
        var response = send(request("/api/fail"));
        assertEquals(502, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("content-type").orElseThrow());
        var problem = JSON.readTree(response.body());
        assertEquals("/api/docs#problem-internal", problem.get("type").asText());
        assertEquals("Bad gateway", problem.get("title").asText());
        assertEquals(502, problem.get("status").asInt());
        assertFalse(response.body().contains("IllegalStateException"), "no stack trace or exception name reaches the client");
    }

    @Test
    void theShopIsServedWithSinglePageFallback() throws Exception {
        var index = send(request("/"));
        assertEquals(200, index.statusCode());
        assertEquals("<html>shop</html>", index.body());
        assertEquals("no-cache", index.headers().firstValue("cache-control").orElseThrow());

        var deepLink = send(request("/catalog/phones/iphone-15"));
        assertEquals(200, deepLink.statusCode());
        assertEquals("<html>shop</html>", deepLink.body());
        assertTrue(deepLink.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));

        var asset = send(request("/assets/app-1a2b.js"));
        assertEquals(200, asset.statusCode());
        assertEquals("public, max-age=31536000, immutable", asset.headers().firstValue("cache-control").orElseThrow());
        assertTrue(asset.headers().firstValue("content-type").orElseThrow().startsWith("text/javascript"));

        assertEquals(404, send(request("/assets/missing.js")).statusCode());
    }

    @Test
    void theLocalPageShowsQueuesAndSchedules() throws Exception {
        var page = send(request("/_local/"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("work"));
        assertTrue(page.body().contains("/_local/schedules/ticker"));
        assertEquals(404, send(request("/_local/nothing")).statusCode());
        assertNull(stack.endpoints().jdbcUrl().contains("127.0.0.1") ? null : "jdbc url on loopback");
    }
}
