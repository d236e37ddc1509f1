package uz.ultramarket.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;

/** An RFC 9457 problem the local stack answers itself (where API Gateway would), in the API's error model. */
record Problem(String type, String title, int status, String detail, String instance) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Problem badGateway(String detail, String path) {
        return new Problem("/api/docs#problem-internal", "Bad gateway", 502, detail, path);
    }

    static Problem payloadTooLarge(long limit, String path) {
        return new Problem("/api/docs#problem-payload-too-large", "Payload too large", 413,
                "Request bodies are limited to " + limit / (1024 * 1024) + " MB.", path);
    }

    static Problem internal(String path) {
        return new Problem("/api/docs#problem-internal", "Internal error", 500, "The local stack failed on this request; its console shows why.", path);
    }

    static Problem notFound(String detail, String path) {
        return new Problem("/api/docs#problem-not-found", "Not found", 404, detail, path);
    }

    void send(HttpExchange exchange) throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        try {
            LocalApiGateway.send(exchange, status, "application/problem+json", JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
