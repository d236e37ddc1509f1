package uz.ultramarket.ops.notfound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.http.HttpEvents;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.testing.TestContext;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.Route;
import uz.ultramarket.registry.RouteTable;

class NotFoundHandlerTest {
    private final NotFoundHandler handler = new NotFoundHandler(RouteTable.of(List.of(FunctionSpec.named("shop")
            .handler("ops", "Shop").route(Route.get("/api/health")).route(Route.get("/api/products/{slug}"))
            .route(Route.delete("/api/products/{slug}")).route(Route.post("/api/files/{path+}")).route(Route.DEFAULT)
            .build())));

    private com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse call(String method, String path) {
        return handler.handleRequest(HttpEvents.request(method, path).routeKey("$default").build(), new TestContext());
    }

    @Test
    void unknownPathIs404InProblemJson() throws Exception {
        var response = call("GET", "/api/nothing-here");

        assertEquals(404, response.getStatusCode());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        var problem = Json.mapper().readTree(response.getBody());
        assertEquals("/api/docs#problem-not-found", problem.path("type").asText());
        assertEquals(404, problem.path("status").asInt());
        assertTrue(problem.path("detail").asText().contains("/api/nothing-here"));
    }

    @Test
    void knownPathWithAnotherMethodIs405ListingTheAllowedOnes() throws Exception {
        var response = call("PUT", "/api/products/telefon-samsung-a55");

        assertEquals(405, response.getStatusCode());
        assertEquals("DELETE, GET", response.getHeaders().get("Allow"));
        assertEquals("/api/docs#problem-method-not-allowed", Json.mapper().readTree(response.getBody()).path("type").asText());
    }

    @Test
    void templatesMatchOneSegmentAndGreedyOnesTheRest() {
        assertEquals(404, call("GET", "/api/products/a/b").getStatusCode());
        assertEquals(405, call("GET", "/api/files/a/b/c.png").getStatusCode());
        assertEquals(404, call("GET", "/api/files").getStatusCode());
        assertEquals(405, call("POST", "/api/health").getStatusCode());
    }

    @Test
    void theRealRegistryAnswers405ForPostToHealth() {
        var response = new NotFoundHandler().handleRequest(
                HttpEvents.request("POST", "/api/health").routeKey("$default").build(), new TestContext());
        assertEquals(405, response.getStatusCode());
        assertEquals("GET", response.getHeaders().get("Allow"));
    }
}
