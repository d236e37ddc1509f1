package uz.ultramarket.catalog.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import uz.ultramarket.core.http.HttpEvents;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.testing.TestContext;

/** Calls a catalog handler as API Gateway would and reads its answer. */
public final class Api {

    public record Answer(int status, JsonNode body, APIGatewayV2HTTPResponse raw) {
        public String header(String name) {
            return raw.getHeaders().get(name);
        }
    }

    private Api() {}

    public static Answer call(HttpFunction handler, HttpEvents.Builder request) {
        var response = handler.handleRequest(request.build(), new TestContext());
        try {
            return new Answer(response.getStatusCode(), Json.mapper().readTree(response.getBody()), response);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    /** Asserts a 400 problem naming exactly {@code fields}. */
    public static void assertInvalid(Answer answer, String... fields) {
        assertEquals(400, answer.status(), answer.body().toString());
        assertEquals("application/problem+json", answer.header("Content-Type").split(";")[0]);
        var named = new TreeSet<String>();
        answer.body().path("errors").forEach(e -> named.add(e.path("field").asText()));
        assertEquals(new TreeSet<>(Set.of(fields)), named, answer.body().toString());
    }

    public static void assertNotFound(Answer answer) {
        assertEquals(404, answer.status(), answer.body().toString());
        assertEquals("application/problem+json", answer.header("Content-Type").split(";")[0]);
        assertEquals(404, answer.body().path("status").asInt());
    }

    public static Set<String> fields(JsonNode object) {
        var names = new TreeSet<String>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
