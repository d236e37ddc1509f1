package uz.ultramarket.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private static FunctionSpec echo(String name, Route... routes) {
        var builder = FunctionSpec.named(name).handler("test", "Echo");
        for (var route : routes) builder.route(route);
        return builder.build();
    }

    private static final List<FunctionSpec> HTTP = List.of(
            echo("echo", new Route("ANY", "/api/echo")),
            echo("echo-post", Route.post("/api/echo")),
            echo("item-special", Route.get("/api/items/special")),
            echo("item", Route.get("/api/items/{id}")),
            echo("item-part", new Route("ANY", "/api/items/{id}/parts/{part}")),
            echo("files", new Route("ANY", "/api/files/{path+}")),
            echo("special-files", Route.get("/api/files/special/{rest+}")),
            echo("fallback", Route.DEFAULT));

    private final RouteTable routes = RouteTable.of(HTTP);

    private RouteTable.Match match(String method, String path) {
        return routes.match(method, path).orElseThrow();
    }

    @Test
    void literalPathBeatsParameter() {
        assertEquals("item-special", match("GET", "/api/items/special").function().name());
        assertEquals("GET /api/items/special", match("GET", "/api/items/special").routeKey());
    }

    @Test
    void parameterTakesOneSegmentDecoded() {
        var item = match("GET", "/api/items/42");
        assertEquals("item", item.function().name());
        assertEquals("GET /api/items/{id}", item.routeKey());
        assertEquals(Map.of("id", "42"), item.pathParameters());
        assertEquals(Map.of("id", "a b+c"), match("GET", "/api/items/a%20b+c").pathParameters());
    }

    @Test
    void severalParametersAndAny() {
        var part = match("DELETE", "/api/items/7/parts/wheel");
        assertEquals("item-part", part.function().name());
        assertEquals(Map.of("id", "7", "part", "wheel"), part.pathParameters());
    }

    @Test
    void greedyParameterTakesTheRest() {
        var files = match("PUT", "/api/files/a/b/c.txt");
        assertEquals("files", files.function().name());
        assertEquals(Map.of("path", "a/b/c.txt"), files.pathParameters());
    }

    @Test
    void longerLiteralPrefixBeatsShorterGreedy() {
        assertEquals(Map.of("rest", "x/y"), match("GET", "/api/files/special/x/y").pathParameters());
        assertEquals("special-files", match("GET", "/api/files/special/x/y").function().name());
        assertEquals("files", match("POST", "/api/files/special/x/y").function().name(), "special-files takes GET only");
    }

    @Test
    void namedMethodBeatsAny() {
        assertEquals("echo-post", match("POST", "/api/echo").function().name());
        assertEquals("echo", match("GET", "/api/echo").function().name());
        assertEquals("echo", match("DELETE", "/api/echo").function().name());
    }

    @Test
    void everythingElseGoesToDefault() {
        for (var unmatched : List.of("/api/nothing", "/api/files", "/api/files/", "/api/items/42/", "/api/items//parts/x", "/api/echo/more")) {
            var fallback = match("GET", unmatched);
            assertEquals("fallback", fallback.function().name(), unmatched);
            assertEquals("$default", fallback.routeKey());
            assertTrue(fallback.pathParameters().isEmpty());
        }
        assertEquals("fallback", match("POST", "/api/items/42").function().name(), "a route of another method does not match");
    }

    @Test
    void withoutDefaultNothingMatches() {
        var table = RouteTable.of(List.of(echo("only", Route.get("/api/only"))));
        assertTrue(table.match("GET", "/api/other").isEmpty());
        assertTrue(table.match("GET", "/api/only").isPresent());
    }

    @Test
    void methodsForAPathAreThoseOfEveryRouteThatHasIt() {
        assertEquals(java.util.Set.of("GET"), routes.methodsFor("/api/items/42"));
        assertEquals(java.util.Set.of("ANY", "GET"), routes.methodsFor("/api/files/special/x"));
        assertTrue(routes.methodsFor("/api/nothing").isEmpty());
    }
}
