package uz.ultramarket.local;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uz.ultramarket.core.http.Problem;
import uz.ultramarket.core.json.Json;

/** The problems the local stack answers itself, where API Gateway would, in the API's one error model. */
final class GatewayProblems {
    private GatewayProblems() {}

    static Problem badGateway(String detail) { return Problem.of("internal", "Bad gateway", 502, detail, List.of()); }

    static Problem payloadTooLarge(long limitBytes) {
        return Problem.of("payload-too-large", "Payload too large", 413,
                "Request bodies are limited to " + limitBytes / (1024 * 1024) + " MB.", List.of());
    }

    static Problem notFound(String detail) { return Problem.of("not-found", "Not found", 404, detail, List.of()); }

    static Problem internal() {
        return Problem.of("internal", "Internal error", 500, "The local stack failed on this request; its console shows why.", List.of());
    }

    static void send(HttpExchange exchange, Problem problem) throws IOException {
        LocalApiGateway.send(exchange, problem.status(), Problem.MEDIA_TYPE, Json.write(problem).getBytes(StandardCharsets.UTF_8));
    }
}
