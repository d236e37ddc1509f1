package uz.ultramarket.local.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.FileReader;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import uz.ultramarket.core.http.HttpEvents;
import uz.ultramarket.registry.Registry;

/**
 * A benchmark, not a test: in this fresh JVM, builds the health function as Lambda would (no-arg constructor, its Dagger
 * component, SDK clients, pool) and answers one {@code GET /api/health} against a running local stack, printing how
 * long each step took. Argument: the stack's {@code function-environment.properties}.
 */
public final class ColdStart {
    private ColdStart() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        // the JVM's own start stamp, in ms; ProcessHandle's comes from /proc and is only as fine as the boot time
        var jvmStarted = Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        var mainEntered = Instant.now();
        load(args[0]);
        System.setProperty("POWERTOOLS_METRICS_DISABLED", "true");
        System.setProperty("HEALTH_MAX_AGE", "0s"); // the second request must check again, not reuse the first report

        long t0 = System.nanoTime();
        var handler = (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
                Class.forName(Registry.HEALTH.handler()).getConstructor().newInstance();
        long t1 = System.nanoTime();
        var response = handler.handleRequest(HttpEvents.request("GET", "/api/health").routeKey("GET /api/health").build(), null);
        long t2 = System.nanoTime();
        var second = handler.handleRequest(HttpEvents.request("GET", "/api/health").routeKey("GET /api/health").build(), null);
        long t3 = System.nanoTime();

        System.out.printf("JVM start→main %d ms, init %d ms, first request %d ms (HTTP %d), second %d ms (HTTP %d); "
                        + "JVM start→first answer %d ms%n",
                Duration.between(jvmStarted, mainEntered).toMillis(), millis(t1 - t0), millis(t2 - t1),
                response.getStatusCode(), millis(t3 - t2), second.getStatusCode(),
                Duration.between(jvmStarted, Instant.now()).toMillis() - millis(t3 - t2));
        System.exit(0);
    }

    private static void load(String file) throws IOException {
        var properties = new Properties();
        try (var reader = new FileReader(file)) { properties.load(reader); }
        properties.forEach((name, value) -> System.setProperty((String) name, (String) value));
    }

    private static long millis(long nanos) { return nanos / 1_000_000; }
}
