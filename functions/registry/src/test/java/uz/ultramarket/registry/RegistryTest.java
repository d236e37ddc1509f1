package uz.ultramarket.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegistryTest {

    @Test
    void exactlyOneFunctionTakesTheDefaultRoute() {
        assertEquals(1, Registry.functions().stream().filter(f -> f.routes().contains(Route.DEFAULT)).count());
    }

    @Test
    void healthMayTouchEveryKindOfResourceItChecks() {
        var access = Registry.HEALTH.access();
        assertTrue(access.contains(Access.read(Registry.IDEMPOTENCY)));
        assertTrue(access.contains(Access.publish(Registry.ORDER_EVENTS)));
        assertTrue(access.contains(Access.inspect(Registry.NOTIFICATIONS)));
        assertTrue(Registry.HEALTH.usesDatabase());
    }

    @Test
    void theCatalogRoutesAreFunctionsOfTheCatalogModuleThatOnlyReadTheDatabase() {
        var catalog = java.util.List.of(Registry.CATEGORIES, Registry.PRODUCTS, Registry.PRODUCT_DETAILS, Registry.SEARCH_SUGGEST);
        for (var function : catalog) {
            assertEquals("catalog", function.module(), function.name());
            assertTrue(function.handler().startsWith("uz.ultramarket.catalog.browse."), function.handler());
            assertEquals(java.util.List.of(Access.readDatabase()), function.access(), function.name());
        }
        var routes = Registry.routes();
        assertEquals(Registry.CATEGORIES, routes.get("GET /api/categories"));
        assertEquals(Registry.PRODUCTS, routes.get("GET /api/products"));
        assertEquals(Registry.PRODUCT_DETAILS, routes.get("GET /api/products/{slug}"));
        assertEquals(Registry.SEARCH_SUGGEST, routes.get("GET /api/search/suggest"));
    }

    @Test
    void everyQueueHasADeadLetterQueueAndEnvironmentNames() {
        for (var queue : Registry.queues()) {
            assertEquals(queue.name() + "-dlq", queue.deadLetterName());
            assertTrue(queue.envName().startsWith("QUEUE_") && queue.envName().endsWith("_URL"));
        }
        assertEquals("TABLE_IDEMPOTENCY", Registry.IDEMPOTENCY.envName());
        assertEquals("TOPIC_ORDER_EVENTS_ARN", Registry.ORDER_EVENTS.envName());
        assertEquals("QUEUE_NOTIFICATIONS_DLQ_URL", Registry.NOTIFICATIONS.deadLetterEnvName());
    }

    @Test
    void routeKeysAreApiGatewayRouteKeys() {
        assertEquals("GET /api/health", Route.get("/api/health").key());
        assertEquals("$default", Route.DEFAULT.key());
        assertThrows(IllegalArgumentException.class, () -> Route.get("/health"));
        assertThrows(IllegalArgumentException.class, () -> new Route("FETCH", "/api/x"));
    }

    @Test
    void aFunctionIsEitherHttpOrEventDriven() {
        assertThrows(IllegalArgumentException.class, () -> FunctionSpec.named("both").handler("ops", "X")
                .route(Route.get("/api/x")).on(new EventSource.OnDeploy()).build());
        assertThrows(IllegalArgumentException.class, () -> FunctionSpec.named("idle").handler("ops", "X").build());
        assertThrows(IllegalArgumentException.class, () -> FunctionSpec.named("Bad_Name").handler("ops", "X")
                .route(Route.get("/api/x")).build());
        assertFalse(Registry.MIGRATE_DATABASE.isHttp());
    }

    @Test
    void schedulesAndStreamsAreCheckedWhenDeclared() {
        assertThrows(IllegalArgumentException.class, () -> new EventSource.Every(Duration.ofSeconds(30)));
        var plain = Table.named("plain").key("pk").build();
        assertThrows(IllegalArgumentException.class, () -> new EventSource.FromStream(plain, 10));
    }
}
