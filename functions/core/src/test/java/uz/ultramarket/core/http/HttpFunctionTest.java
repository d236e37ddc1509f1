package uz.ultramarket.core.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.core.testing.TestContext;

class HttpFunctionTest {

    record Line(String sku, int quantity, Money price) {}

    record Order(String note, List<Line> items) {}

    /** An HTTP function whose behaviour is the lambda a test gives it. */
    static final class Fn extends HttpFunction {
        private final Function<HttpRequest, HttpResponse> behaviour;

        Fn(Function<HttpRequest, HttpResponse> behaviour) {
            this.behaviour = behaviour;
        }

        Fn(long maxBodyBytes, Function<HttpRequest, HttpResponse> behaviour) {
            super(maxBodyBytes);
            this.behaviour = behaviour;
        }

        @Override
        protected HttpResponse handle(HttpRequest request) {
            return behaviour.apply(request);
        }
    }

    private static APIGatewayV2HTTPResponse call(Function<HttpRequest, HttpResponse> behaviour, APIGatewayV2HTTPEvent event) {
        return new Fn(behaviour).handleRequest(event, new TestContext("test-fn"));
    }

    private static HttpRequest captured(APIGatewayV2HTTPEvent event) {
        AtomicReference<HttpRequest> seen = new AtomicReference<>();
        APIGatewayV2HTTPResponse response = call(r -> {
            seen.set(r);
            return HttpResponse.noContent();
        }, event);
        assertEquals(204, response.getStatusCode());
        return seen.get();
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response) throws Exception {
        return Json.mapper().readTree(response.getBody());
    }

    private static APIGatewayV2HTTPResponse postJson(String json) {
        return call(r -> HttpResponse.ok(r.json(Order.class)), HttpEvents.request("POST", "/api/orders").json(json).build());
    }

    @Test
    void decodesMethodPathRouteAndPathParameters() {
        HttpRequest request = captured(HttpEvents.request("get", "/api/products/42")
                .routeKey("GET /api/products/{id}")
                .pathParameter("id", "42")
                .sourceIp("203.0.113.9")
                .requestId("req-1")
                .build());

        assertEquals("GET", request.method());
        assertEquals("/api/products/42", request.path());
        assertEquals("GET /api/products/{id}", request.routeKey());
        assertEquals("42", request.pathParam("id"));
        assertEquals("203.0.113.9", request.sourceIp());
        assertEquals("req-1", request.requestId());
        assertTrue(request.receivedAt() != null);
    }

    @Test
    void repeatedQueryParametersKeepEveryValueUrlDecoded() {
        HttpRequest request = captured(HttpEvents.request("GET", "/api/products")
                .query("tag", "a b")
                .query("tag", "c,d&e")
                .query("q", "o'zbek ўзбек")
                .build());

        assertEquals(List.of("a b", "c,d&e"), request.query().get("tag"));
        assertEquals(Optional.of("a b"), request.query("tag"));
        assertEquals(Optional.of("o'zbek ўзбек"), request.query("q"));
        assertEquals(Optional.empty(), request.query("missing"));
    }

    @Test
    void rawQueryStringWithPlusPercentAndBareNames() {
        APIGatewayV2HTTPEvent event = HttpEvents.request("GET", "/api/products").build();
        event.setRawQueryString("q=red+shoes&size=42%2C43&sale&q=blue");

        HttpRequest request = captured(event);

        assertEquals(List.of("red shoes", "blue"), request.query().get("q"));
        assertEquals(Optional.of("42,43"), request.query("size"));
        assertEquals(Optional.of(""), request.query("sale"));
    }

    @Test
    void badPercentEscapeInQueryIsA400() throws Exception {
        APIGatewayV2HTTPEvent event = HttpEvents.request("GET", "/api/products").build();
        event.setRawQueryString("q=%zz");

        APIGatewayV2HTTPResponse response = call(r -> HttpResponse.noContent(), event);

        assertEquals(400, response.getStatusCode());
        assertEquals("query", body(response).at("/errors/0/field").asText());
    }

    @Test
    void headersAreCaseInsensitive() {
        HttpRequest request = captured(HttpEvents.request("GET", "/api/cart").header("X-Cart-Id", "cart-7").build());

        assertEquals(Optional.of("cart-7"), request.header("x-cart-id"));
        assertEquals(Optional.of("cart-7"), request.header("X-CART-ID"));
    }

    @Test
    void cookiesBecomeAMap() {
        HttpRequest request = captured(HttpEvents.request("GET", "/api/me")
                .cookie("session", "s1")
                .cookie("theme", "dark")
                .build());

        assertEquals(Optional.of("s1"), request.cookie("session"));
        assertEquals(Optional.of("dark"), request.cookie("theme"));
        assertEquals(Optional.empty(), request.cookie("other"));
    }

    @Test
    void base64BodyIsDecoded() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        HttpRequest request = captured(HttpEvents.request("PUT", "/api/images/1").body(png).build());

        assertArrayEquals(png, request.body());
    }

    @Test
    void jsonBodyIsReadIntoRecords() throws Exception {
        APIGatewayV2HTTPResponse response = postJson(
                "{\"note\":\"tez\",\"items\":[{\"sku\":\"A-1\",\"quantity\":2,\"price\":1249900000}]}");

        assertEquals(200, response.getStatusCode());
        assertEquals(1249900000L, body(response).at("/items/0/price").asLong());
    }

    @Test
    void jsonContentTypeWithCharsetOrSuffixIsAccepted() {
        for (String type : List.of("application/json; charset=UTF-8", "Application/JSON", "application/merge-patch+json")) {
            APIGatewayV2HTTPEvent event = HttpEvents.request("POST", "/api/orders")
                    .header("content-type", type).body("{\"items\":[]}").build();
            assertEquals(200, call(r -> HttpResponse.ok(r.json(Order.class)), event).getStatusCode(), type);
        }
    }

    @Test
    void malformedJsonIsA400WithLineAndColumnAndNoJavaNames() throws Exception {
        APIGatewayV2HTTPResponse response = postJson("{\n  \"note\": \"x\",\n}");

        assertEquals(400, response.getStatusCode());
        JsonNode problem = body(response);
        assertEquals("/api/docs#problem-malformed-json", problem.path("type").asText());
        String detail = problem.path("detail").asText();
        assertTrue(detail.contains("line 3, column 1"), detail);
        assertFalse(detail.contains("jackson") || detail.contains("Exception") || detail.contains("Source"), detail);
    }

    @Test
    void missingOrNullNumbersAreRequired() throws Exception {
        for (String json : List.of("{\"items\":[{\"sku\":\"A\"}]}", "{\"items\":[{\"sku\":\"A\",\"quantity\":null}]}")) {
            assertEquals("is required", body(postJson(json)).at("/errors/0/reason").asText(), json);
        }
    }

    @Test
    void truncatedJsonAndTrailingGarbageAreMalformed() throws Exception {
        assertEquals("/api/docs#problem-malformed-json", body(postJson("{\"note\":")).path("type").asText());
        assertEquals("/api/docs#problem-malformed-json", body(postJson("{\"items\":[]} x")).path("type").asText());
    }

    @Test
    void emptyBodyIsA400NamingTheBody() throws Exception {
        for (String empty : List.of("", "  \n")) {
            APIGatewayV2HTTPResponse response = postJson(empty);

            assertEquals(400, response.getStatusCode());
            assertEquals("body", body(response).at("/errors/0/field").asText());
        }
    }

    @Test
    void unknownFieldIsA400NamingIt() throws Exception {
        APIGatewayV2HTTPResponse response = postJson("{\"items\":[{\"sku\":\"A\",\"quantity\":1,\"colour\":\"red\"}]}");

        assertEquals(400, response.getStatusCode());
        JsonNode problem = body(response);
        assertEquals("/api/docs#problem-validation", problem.path("type").asText());
        assertEquals("items[0].colour", problem.at("/errors/0/field").asText());
        assertEquals("is not a known field", problem.at("/errors/0/reason").asText());
    }

    @Test
    void wrongTypesAreA400NamingTheFieldPath() throws Exception {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("{\"items\":[{\"sku\":\"A\",\"quantity\":\"two\"}]}", "items[0].quantity"),
                Map.entry("{\"items\":[{\"sku\":\"A\",\"quantity\":1.5}]}", "items[0].quantity"),
                Map.entry("{\"items\":[{\"sku\":\"A\",\"quantity\":99999999999}]}", "items[0].quantity"),
                Map.entry("{\"items\":[{\"sku\":\"A\",\"quantity\":null}]}", "items[0].quantity"),
                Map.entry("{\"items\":[{\"sku\":\"A\"}]}", "items[0].quantity"),
                Map.entry("{\"items\":[{\"sku\":\"A\",\"quantity\":1}, {\"sku\":\"B\",\"quantity\":1,\"price\":1.5}]}", "items[1].price"),
                Map.entry("{\"items\":{}}", "items"),
                Map.entry("[1, 2]", "body"));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            APIGatewayV2HTTPResponse response = postJson(c.getKey());
            JsonNode problem = body(response);

            assertEquals(400, response.getStatusCode(), c.getKey());
            assertEquals(c.getValue(), problem.at("/errors/0/field").asText(), c.getKey());
            assertFalse(response.getBody().contains("java") || response.getBody().contains("uz.ultramarket"),
                    response.getBody());
        }
    }

    @Test
    void bodyOverTheLimitIsA413AndAtTheLimitIsFine() {
        Fn fn = new Fn(16, r -> HttpResponse.ok(Map.of("bytes", r.body().length)));

        assertEquals(200, fn.handleRequest(HttpEvents.request("POST", "/x").body("x".repeat(16)).build(), null).getStatusCode());
        assertEquals(413, fn.handleRequest(HttpEvents.request("POST", "/x").body("x".repeat(17)).build(), null).getStatusCode());
        // 8 two-byte letters are 16 bytes; one more is over, though only 9 characters
        assertEquals(200, fn.handleRequest(HttpEvents.request("POST", "/x").body("ў".repeat(8)).build(), null).getStatusCode());
        assertEquals(413, fn.handleRequest(HttpEvents.request("POST", "/x").body("ў".repeat(9)).build(), null).getStatusCode());
        // measured after base64 decoding: 16 bytes travel as 24 characters
        assertEquals(200, fn.handleRequest(HttpEvents.request("POST", "/x").body(new byte[16]).build(), null).getStatusCode());
        assertEquals(413, fn.handleRequest(HttpEvents.request("POST", "/x").body(new byte[17]).build(), null).getStatusCode());
    }

    @Test
    void defaultLimitIs64KiB() {
        Fn fn = new Fn(r -> HttpResponse.noContent());

        assertEquals(204, fn.handleRequest(HttpEvents.request("POST", "/x").body("x".repeat(65536)).build(), null).getStatusCode());
        assertEquals(413, fn.handleRequest(HttpEvents.request("POST", "/x").body("x".repeat(65537)).build(), null).getStatusCode());
    }

    @Test
    void nonJsonContentTypeOnAJsonRouteIsA415() throws Exception {
        APIGatewayV2HTTPEvent plain = HttpEvents.request("POST", "/api/orders")
                .header("Content-Type", "text/plain").body("{\"items\":[]}").build();
        APIGatewayV2HTTPEvent none = HttpEvents.request("POST", "/api/orders").body("{\"items\":[]}").build();

        for (APIGatewayV2HTTPEvent event : List.of(plain, none)) {
            APIGatewayV2HTTPResponse response = call(r -> HttpResponse.ok(r.json(Order.class)), event);
            assertEquals(415, response.getStatusCode());
            assertEquals("/api/docs#problem-unsupported-media-type", body(response).path("type").asText());
        }
    }

    @Test
    void apiExceptionBecomesItsProblem() throws Exception {
        APIGatewayV2HTTPResponse response = call(r -> {
            throw ApiException.notFound("No product 42.");
        }, HttpEvents.request("GET", "/api/products/42").requestId("req-404").build());

        assertEquals(404, response.getStatusCode());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        assertEquals("req-404", response.getHeaders().get("X-Request-Id"));
        JsonNode problem = body(response);
        assertEquals("/api/docs#problem-not-found", problem.path("type").asText());
        assertEquals("Not found", problem.path("title").asText());
        assertEquals(404, problem.path("status").asInt());
        assertEquals("No product 42.", problem.path("detail").asText());
        assertFalse(problem.has("errors"));
    }

    @Test
    void methodNotAllowedSendsAllow() {
        APIGatewayV2HTTPResponse response = call(r -> {
            throw ApiException.methodNotAllowed(List.of("POST", "GET"));
        }, HttpEvents.request("DELETE", "/api/cart").build());

        assertEquals(405, response.getStatusCode());
        assertEquals("GET, POST", response.getHeaders().get("Allow"));
    }

    @Test
    void aDatabaseWithNoConnectionToSpareIsA503WithRetryAfter() throws Exception {
        APIGatewayV2HTTPResponse response = call(r -> {
            throw new IllegalStateException("Listing products failed", new java.sql.SQLTransientConnectionException(
                    "pool - Connection is not available, request timed out after 2000ms"));
        }, HttpEvents.request("GET", "/api/products").requestId("req-503").build());

        assertEquals(503, response.getStatusCode());
        assertEquals("1", response.getHeaders().get("Retry-After"));
        assertEquals("/api/docs#problem-unavailable", body(response).path("type").asText());
        assertFalse(response.getBody().contains("pool"));
    }

    @Test
    void unexpectedExceptionIsA500ThatLeaksNothing() throws Exception {
        APIGatewayV2HTTPResponse response = call(r -> {
            throw new IllegalStateException("password=hunter2 at db.internal");
        }, HttpEvents.request("GET", "/api/boom").requestId("req-500").build());

        assertEquals(500, response.getStatusCode());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        JsonNode problem = body(response);
        assertEquals("/api/docs#problem-internal", problem.path("type").asText());
        assertTrue(problem.path("detail").asText().contains("req-500"));
        assertFalse(response.getBody().contains("hunter2"));
        assertFalse(response.getBody().contains("IllegalState"));
        assertFalse(response.getBody().contains("at uz."));
    }

    @Test
    void handlerReturningNullIsA500() {
        assertEquals(500, call(r -> null, HttpEvents.request("GET", "/x").build()).getStatusCode());
    }

    @Test
    void missingPathParameterIsAProgrammingErrorNotA404() {
        APIGatewayV2HTTPResponse response = call(r -> HttpResponse.ok(r.pathParam("id")),
                HttpEvents.request("GET", "/api/products").build());

        assertEquals(500, response.getStatusCode());
    }

    @Test
    void everyResponseCarriesRequestIdAndTheRightContentType() {
        APIGatewayV2HTTPResponse json = call(r -> HttpResponse.ok(Map.of("a", 1)),
                HttpEvents.request("GET", "/x").requestId("req-ok").build());
        APIGatewayV2HTTPResponse empty = call(r -> HttpResponse.noContent(), HttpEvents.request("GET", "/x").build());
        APIGatewayV2HTTPResponse text = call(r -> HttpResponse.text(200, "text/csv", "a,b"), HttpEvents.request("GET", "/x").build());

        assertEquals("application/json; charset=utf-8", json.getHeaders().get("Content-Type"));
        assertEquals("req-ok", json.getHeaders().get("X-Request-Id"));
        assertEquals("{\"a\":1}", json.getBody());
        assertFalse(json.getIsBase64Encoded());
        assertEquals("no-store", json.getHeaders().get("Cache-Control"));
        assertEquals("nosniff", json.getHeaders().get("X-Content-Type-Options"));

        assertNull(empty.getHeaders().get("Content-Type"));
        assertTrue(empty.getHeaders().containsKey("X-Request-Id"));

        assertEquals("text/csv", text.getHeaders().get("Content-Type"));
    }

    @Test
    void handlerHeadersAndCookiesReachTheResponse() {
        APIGatewayV2HTTPResponse response = call(r -> HttpResponse.created(Map.of("id", "1"))
                        .withHeader("Location", "/api/orders/1")
                        .withHeader("cache-control", "max-age=60")
                        .withCookie("refresh=abc; HttpOnly; Secure"),
                HttpEvents.request("POST", "/api/orders").build());

        assertEquals(201, response.getStatusCode());
        assertEquals("/api/orders/1", response.getHeaders().get("Location"));
        assertEquals("max-age=60", response.getHeaders().get("cache-control"));
        assertFalse(response.getHeaders().containsKey("Cache-Control"));
        assertEquals(List.of("refresh=abc; HttpOnly; Secure"), response.getCookies());
    }

    @Test
    void logContextHoldsRequestRouteAndFunctionDuringTheRequestOnly() {
        Map<String, String> seen = new HashMap<>();
        call(r -> {
            seen.putAll(MDC.getCopyOfContextMap());
            return HttpResponse.noContent();
        }, HttpEvents.request("GET", "/api/products/1").routeKey("GET /api/products/{id}").requestId("req-log").build());

        assertEquals("req-log", seen.get("request_id"));
        assertEquals("GET /api/products/{id}", seen.get("route"));
        assertEquals("test-fn", seen.get("function_name"));
        assertTrue(MDC.getCopyOfContextMap() == null || MDC.getCopyOfContextMap().isEmpty());
    }

    @Test
    void worksWithoutALambdaContext() {
        APIGatewayV2HTTPResponse response = new Fn(r -> HttpResponse.ok(r.requestId()))
                .handleRequest(HttpEvents.request("GET", "/x").requestId("req-null").build(), null);

        assertEquals(200, response.getStatusCode());
        assertEquals("req-null", response.getHeaders().get("X-Request-Id"));
    }

    @Test
    void beforeCheckpointRunsThePrimingEventOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpFunction primed = new HttpFunction() {
            @Override
            protected HttpResponse handle(HttpRequest request) {
                calls.incrementAndGet();
                return HttpResponse.ok(request.bodyText().getBytes(StandardCharsets.UTF_8).length);
            }

            @Override
            protected Optional<APIGatewayV2HTTPEvent> primingEvent() {
                return Optional.of(HttpEvents.request("GET", "/api/products").build());
            }
        };

        primed.beforeCheckpoint(null);
        primed.afterRestore(null);

        assertEquals(1, calls.get());
    }
}
