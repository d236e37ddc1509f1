package uz.ultramarket.core.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uz.ultramarket.core.id.Ids;

/** Turns an API Gateway payload 2.0 event into an {@link HttpRequest}. */
final class RequestDecoder {

    private RequestDecoder() {}

    static String requestId(APIGatewayV2HTTPEvent event, Context context) {
        APIGatewayV2HTTPEvent.RequestContext rc = event.getRequestContext();
        if (rc != null && rc.getRequestId() != null) {
            return rc.getRequestId();
        }
        return context != null && context.getAwsRequestId() != null ? context.getAwsRequestId() : Ids.newId();
    }

    static String method(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext.Http http = http(event);
        return http != null && http.getMethod() != null ? http.getMethod().toUpperCase(Locale.ROOT) : "";
    }

    static String path(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext.Http http = http(event);
        if (http != null && http.getPath() != null) {
            return http.getPath();
        }
        return event.getRawPath() != null ? event.getRawPath() : "/";
    }

    static String routeKey(APIGatewayV2HTTPEvent event) {
        if (event.getRouteKey() != null) {
            return event.getRouteKey();
        }
        APIGatewayV2HTTPEvent.RequestContext rc = event.getRequestContext();
        return rc != null && rc.getRouteKey() != null ? rc.getRouteKey() : method(event) + " " + path(event);
    }

    static HttpRequest decode(APIGatewayV2HTTPEvent event, String requestId, long maxBodyBytes) {
        APIGatewayV2HTTPEvent.RequestContext rc = event.getRequestContext();
        APIGatewayV2HTTPEvent.RequestContext.Http http = http(event);
        Headers headers = Headers.of(event.getHeaders());
        return new HttpRequest(
                method(event),
                path(event),
                routeKey(event),
                event.getPathParameters(),
                query(event),
                headers,
                cookies(event.getCookies(), headers),
                body(event, maxBodyBytes),
                requestId,
                http != null ? http.getSourceIp() : null,
                rc != null && rc.getTimeEpoch() > 0 ? Instant.ofEpochMilli(rc.getTimeEpoch()) : Instant.now());
    }

    /**
     * From {@code rawQueryString}: {@code queryStringParameters} joins a repeated name's values with commas, which
     * cannot be told apart from a value containing a comma.
     */
    static Map<String, List<String>> query(APIGatewayV2HTTPEvent event) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        String raw = event.getRawQueryString();
        if (raw == null || raw.isEmpty()) {
            if (event.getQueryStringParameters() != null) {
                event.getQueryStringParameters().forEach((name, value) -> query.put(name, List.of(value)));
            }
            return query;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = urlDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : urlDecode(pair.substring(eq + 1));
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        query.replaceAll((name, values) -> List.copyOf(values));
        return query;
    }

    private static Map<String, String> cookies(List<String> cookies, Headers headers) {
        List<String> pairs = cookies != null ? cookies : headers.first("cookie").map(List::of).orElse(List.of());
        Map<String, String> byName = new LinkedHashMap<>();
        for (String entry : pairs) {
            for (String pair : entry.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    byName.putIfAbsent(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        return byName;
    }

    /** The decoded body; over the limit is a 413 before anyone parses it. */
    private static byte[] body(APIGatewayV2HTTPEvent event, long maxBodyBytes) {
        String body = event.getBody();
        if (body == null || body.isEmpty()) {
            return new byte[0];
        }
        byte[] bytes;
        if (event.getIsBase64Encoded()) {
            try {
                bytes = Base64.getMimeDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("The request body is not valid base64.", new FieldError("body", "is not valid base64"));
            }
        } else {
            // a UTF-8 encoding is never shorter than the string, so a long string is rejected without encoding it
            if (body.length() > maxBodyBytes) {
                throw ApiException.payloadTooLarge(maxBodyBytes);
            }
            bytes = body.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length > maxBodyBytes) {
            throw ApiException.payloadTooLarge(maxBodyBytes);
        }
        return bytes;
    }

    private static String urlDecode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The query string is not valid URL encoding.",
                    new FieldError("query", "has an invalid %-escape"));
        }
    }

    private static APIGatewayV2HTTPEvent.RequestContext.Http http(APIGatewayV2HTTPEvent event) {
        return event.getRequestContext() != null ? event.getRequestContext().getHttp() : null;
    }
}
