package uz.ultramarket.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
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
import java.util.Set;
import java.util.UUID;
import uz.ultramarket.registry.RouteTable;

/** API Gateway HTTP API's payload format 2.0: the event a request becomes, and how a function's response is written. */
final class PayloadV2 {
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Set<String> TEXT_TYPES = Set.of("application/json", "application/xml", "application/javascript",
            "application/x-www-form-urlencoded", "application/graphql", "application/x-ndjson", "application/yaml");
    // the server sets these itself from the bytes it writes
    private static final Set<String> FRAMING_HEADERS = Set.of("content-length", "transfer-encoding", "connection");

    private PayloadV2() {}

    static APIGatewayV2HTTPEvent event(HttpExchange exchange, RouteTable.Match match, byte[] body) {
        var uri = exchange.getRequestURI();
        var headers = new LinkedHashMap<String, String>();
        List<String> cookies = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            // API Gateway moves cookies out of the headers into their own list
            if (lower.equals("cookie")) values.forEach(v -> cookies.addAll(splitCookies(v)));
            else headers.merge(lower, String.join(",", values), (a, b) -> a + "," + b);
        });
        long now = System.currentTimeMillis();
        String host = headers.getOrDefault("host", "localhost").replaceFirst(":\\d+$", "");
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(exchange.getRequestMethod())
                .withPath(uri.getRawPath())
                .withProtocol(exchange.getProtocol())
                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                .withUserAgent(headers.get("user-agent"))
                .build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRouteKey(match.routeKey())
                .withAccountId(LocalAws.ACCOUNT)
                .withApiId("local")
                .withStage("$default")
                .withDomainName(host)
                .withDomainPrefix(host.split("\\.", 2)[0])
                .withRequestId(UUID.randomUUID().toString())
                .withTime(REQUEST_TIME.format(Instant.ofEpochMilli(now)))
                .withTimeEpoch(now)
                .withHttp(http)
                .build();
        boolean text = isText(headers.get("content-type"));
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(match.routeKey())
                .withRawPath(uri.getRawPath())
                .withRawQueryString(uri.getRawQuery() == null ? "" : uri.getRawQuery())
                .withCookies(cookies.isEmpty() ? null : cookies)
                .withHeaders(headers)
                .withQueryStringParameters(queryParameters(uri.getRawQuery()))
                .withPathParameters(match.pathParameters().isEmpty() ? null : match.pathParameters())
                .withBody(body.length == 0 ? null : text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0 && !text)
                .withRequestContext(context)
                .build();
    }

    /** Writes {@code response}: status, headers, multi-value headers, cookies as Set-Cookie, body base64-decoded if so marked. */
    static void write(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
        var out = exchange.getResponseHeaders();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> { if (!FRAMING_HEADERS.contains(name.toLowerCase(Locale.ROOT))) out.set(name, value); });
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> { if (!FRAMING_HEADERS.contains(name.toLowerCase(Locale.ROOT))) out.put(name, List.copyOf(values)); });
        }
        if (response.getCookies() != null) response.getCookies().forEach(cookie -> out.add("Set-Cookie", cookie));
        String body = response.getBody();
        byte[] bytes = body == null ? new byte[0]
                : response.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        LocalApiGateway.send(exchange, response.getStatusCode(), null, bytes);
    }

    private static boolean isText(String contentType) {
        if (contentType == null) return false;
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.endsWith("+json") || type.endsWith("+xml") || TEXT_TYPES.contains(type);
    }

    private static List<String> splitCookies(String header) {
        return List.of(header.split(";")).stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /** Decoded; a repeated name's values joined with commas, as API Gateway does. */
    private static Map<String, String> queryParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) return null;
        var parameters = new LinkedHashMap<String, String>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters.isEmpty() ? null : parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
