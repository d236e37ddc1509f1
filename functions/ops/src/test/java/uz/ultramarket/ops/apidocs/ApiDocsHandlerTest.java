package uz.ultramarket.ops.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.http.HttpEvents;
import uz.ultramarket.core.testing.TestContext;
import uz.ultramarket.registry.Registry;

class ApiDocsHandlerTest {
    private final ApiDocsHandler handler = new ApiDocsHandler();

    @Test
    void servesTheOpenApiDocumentAsYaml() {
        var response = handler.handleRequest(HttpEvents.request("GET", "/api/docs/openapi.yaml")
                .routeKey("GET /api/docs/openapi.yaml").build(), new TestContext());

        assertEquals(200, response.getStatusCode());
        assertEquals("application/yaml; charset=utf-8", response.getHeaders().get("Content-Type"));
        assertTrue(response.getBody().startsWith("openapi: 3.1.0"));
    }

    @Test
    void thePageShowsEveryRouteAndAnAnchorForEveryProblemTypeTheCoreUses() {
        var page = handler.handleRequest(HttpEvents.request("GET", "/api/docs").routeKey("GET /api/docs").build(),
                new TestContext()).getBody();

        for (var route : Registry.routes().keySet()) {
            var path = route.substring(route.indexOf(' ') + 1);
            assertTrue(page.contains("<code>" + path + "</code>"), "page lists " + route);
        }
        for (var slug : new String[] {"validation", "malformed-json", "not-found", "method-not-allowed",
                "payload-too-large", "unsupported-media-type", "internal"}) {
            assertTrue(page.contains("id=\"problem-" + slug + "\""), "anchor for " + slug);
        }
    }

    @Test
    void textFromTheDocumentIsEscaped() {
        var page = new ApiDocument("""
                openapi: 3.1.0
                info: { title: "<script>alert(1)</script>", version: "1" }
                paths: {}
                """).page();

        assertFalse(Pattern.compile("<script>").matcher(page).find());
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
