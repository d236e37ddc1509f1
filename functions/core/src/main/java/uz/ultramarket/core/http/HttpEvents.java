package uz.ultramarket.core.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uz.ultramarket.core.id.Ids;

/**
 * Builds API Gateway HTTP API (payload 2.0) events as AWS sends them, for the local stack, tests and priming:
 * {@code HttpEvents.request("POST", "/api/cart/items").json("{…}").build()}.
 */
public final class HttpEvents {

    // the format API Gateway uses for requestContext.time, e.g. 12/Mar/2020:19:03:58 +0000
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private HttpEvents() {}

    public static Builder request(String method, String path) {
        return new Builder(method, path);
    }

    public static final class Builder {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<String[]> query = new ArrayList<>();
        private final Map<String, String> pathParameters = new LinkedHashMap<>();
        private final List<String> cookies = new ArrayList<>();
        private String routeKey;
        private String body;
        private boolean base64;
        private String requestId = Ids.newId();
        private String sourceIp = "127.0.0.1";
        private Instant time = Instant.now();

        private Builder(String method, String path) {
            this.method = method.toUpperCase(Locale.ROOT);
            this.path = path;
            headers.put("host", "localhost");
            headers.put("user-agent", "UltraMarket-HttpEvents");
        }

        /** Adds a header (names are lower-cased, as API Gateway does); a repeat is joined with a comma. */
        public Builder header(String name, String value) {
            headers.merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + "," + b);
            return this;
        }

        /** Adds a query parameter; repeat a name for several values. */
        public Builder query(String name, String value) {
            query.add(new String[] {name, value});
            return this;
        }

        public Builder pathParameter(String name, String value) {
            pathParameters.put(name, value);
            return this;
        }

        public Builder cookie(String name, String value) {
            cookies.add(name + "=" + value);
            return this;
        }

        /** The matched route, e.g. {@code GET /api/products/{id}}; by default method and path. */
        public Builder routeKey(String routeKey) {
            this.routeKey = routeKey;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            this.base64 = false;
            return this;
        }

        /** A JSON body with {@code Content-Type: application/json}. */
        public Builder json(String json) {
            return header("content-type", "application/json").body(json);
        }

        /** A binary body, base64-encoded as API Gateway sends non-text content. */
        public Builder body(byte[] bytes) {
            this.body = Base64.getEncoder().encodeToString(bytes);
            this.base64 = true;
            return this;
        }

        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        public Builder sourceIp(String sourceIp) {
            this.sourceIp = sourceIp;
            return this;
        }

        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        public APIGatewayV2HTTPEvent build() {
            Map<String, String> allHeaders = new LinkedHashMap<>(headers);
            allHeaders.putIfAbsent("x-forwarded-for", sourceIp);
            allHeaders.putIfAbsent("x-forwarded-proto", "https");
            if (body != null) {
                int length = base64 ? Base64.getDecoder().decode(body).length : body.getBytes(StandardCharsets.UTF_8).length;
                allHeaders.put("content-length", Integer.toString(length));
            }
            String rawQuery = query.stream()
                    .map(p -> encode(p[0]) + "=" + encode(p[1]))
                    .collect(Collectors.joining("&"));
            // API Gateway joins a repeated name's values with commas here
            Map<String, String> joinedQuery = new LinkedHashMap<>();
            query.forEach(p -> joinedQuery.merge(p[0], p[1], (a, b) -> a + "," + b));
            String route = routeKey != null ? routeKey : method + " " + path;

            return APIGatewayV2HTTPEvent.builder()
                    .withVersion("2.0")
                    .withRouteKey(route)
                    .withRawPath(path)
                    .withRawQueryString(rawQuery)
                    .withCookies(cookies.isEmpty() ? null : List.copyOf(cookies))
                    .withHeaders(allHeaders)
                    .withQueryStringParameters(joinedQuery.isEmpty() ? null : joinedQuery)
                    .withPathParameters(pathParameters.isEmpty() ? null : new LinkedHashMap<>(pathParameters))
                    .withBody(body)
                    .withIsBase64Encoded(base64)
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                            .withAccountId("000000000000")
                            .withApiId("local")
                            .withDomainName("localhost")
                            .withDomainPrefix("localhost")
                            .withStage("$default")
                            .withRouteKey(route)
                            .withRequestId(requestId)
                            .withTime(REQUEST_TIME.format(time))
                            .withTimeEpoch(time.toEpochMilli())
                            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                    .withMethod(method)
                                    .withPath(path)
                                    .withProtocol("HTTP/1.1")
                                    .withSourceIp(sourceIp)
                                    .withUserAgent(allHeaders.get("user-agent"))
                                    .build())
                            .build())
                    .build();
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
