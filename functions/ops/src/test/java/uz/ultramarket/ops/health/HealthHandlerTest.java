package uz.ultramarket.ops.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.http.HttpEvents;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.testing.TestContext;

class HealthHandlerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T22:30:00Z"), ZoneOffset.UTC);

    private static Probe probe(String component, boolean up) {
        return new Probe() {
            @Override public String component() { return component; }
            @Override public void check() { if (!up) throw new IllegalStateException("Connection refused"); }
        };
    }

    private static HealthHandler handler(Probe... probes) {
        return new HealthHandler(new HealthService(List.of(probes), CLOCK, Duration.ofSeconds(1), Duration.ZERO));
    }

    @Test
    void answers200WithEveryComponentWhenAllAreUp() throws Exception {
        var response = handler(probe("dynamodb", true), probe("postgresql", true))
                .handleRequest(HttpEvents.request("GET", "/api/health").routeKey("GET /api/health").build(), new TestContext());

        assertEquals(200, response.getStatusCode());
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));
        var body = Json.mapper().readTree(response.getBody());
        assertEquals("up", body.path("status").asText());
        assertEquals("2026-11-23T22:30:00Z", body.path("checkedAt").asText());
        assertEquals(2, body.path("checks").size());
        assertEquals("dynamodb", body.at("/checks/0/component").asText());
        assertEquals(0, body.path("down").size());
        var fields = new java.util.TreeSet<String>();
        body.fieldNames().forEachRemaining(fields::add);
        assertEquals(java.util.Set.of("checkedAt", "checks", "down", "status"), fields);
    }

    @Test
    void answers503NamingWhatIsDown() throws Exception {
        var response = handler(probe("dynamodb", true), probe("sqs", false))
                .handleRequest(HttpEvents.request("GET", "/api/health").routeKey("GET /api/health").build(), new TestContext());

        assertEquals(503, response.getStatusCode());
        assertEquals("application/json; charset=utf-8", response.getHeaders().get("Content-Type"));
        var body = Json.mapper().readTree(response.getBody());
        assertEquals("down", body.path("status").asText());
        assertEquals("sqs", body.at("/down/0").asText());
        assertEquals("Connection refused", body.at("/checks/1/error").asText());
    }
}
