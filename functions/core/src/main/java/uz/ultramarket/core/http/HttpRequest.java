package uz.ultramarket.core.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An API request as a handler sees it: decoded from the API Gateway payload 2.0 event by {@link HttpFunction}.
 *
 * @param routeKey   the matched route, e.g. {@code GET /api/products/{id}}
 * @param query      query parameters, URL-decoded, every value of a repeated name in order
 * @param body       the decoded body bytes (base64 already undone), never null
 * @param requestId  API Gateway's request id, echoed as {@code X-Request-Id}
 */
public record HttpRequest(
        String method,
        String path,
        String routeKey,
        Map<String, String> pathParameters,
        Map<String, List<String>> query,
        Headers headers,
        Map<String, String> cookies,
        byte[] body,
        String requestId,
        String sourceIp,
        Instant receivedAt) {

    public HttpRequest {
        pathParameters = pathParameters == null ? Map.of() : Map.copyOf(pathParameters);
        query = query == null ? Map.of() : Map.copyOf(query);
        headers = headers == null ? Headers.of(Map.of()) : headers;
        cookies = cookies == null ? Map.of() : Map.copyOf(cookies);
        body = body == null ? new byte[0] : body;
    }

    /** A parameter of the route's path; asking for one the route does not declare is a programming error. */
    public String pathParam(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalStateException("Route '" + routeKey + "' has no path parameter {" + name + "}");
        }
        return value;
    }

    /** The first value of a query parameter. */
    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    public Optional<String> header(String name) {
        return headers.first(name);
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body as {@code type}: 415 unless the Content-Type is JSON, 400 (naming the field) for an empty, malformed
     * or mistyped body.
     */
    public <T> T json(Class<T> type) {
        return JsonBody.read(this, type);
    }

    /** The shop language the caller prefers: {@code uz}, {@code ru} or {@code en}. */
    public String language() {
        return Languages.preferred(headers.first("accept-language").orElse(null));
    }
}
