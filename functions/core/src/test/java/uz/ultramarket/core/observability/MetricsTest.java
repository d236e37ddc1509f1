package uz.ultramarket.core.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.HttpEvents;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.testing.StdoutCapture;
import uz.ultramarket.core.testing.TestContext;

class MetricsTest {

    private static final String DISABLED = "POWERTOOLS_METRICS_DISABLED";
    private String previous;

    @BeforeEach
    void enableMetrics() {
        previous = System.getProperty(DISABLED);
        System.setProperty(DISABLED, "false");
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(DISABLED);
        } else {
            System.setProperty(DISABLED, previous);
        }
    }

    private static JsonNode onlyEmfDocument(List<String> lines) throws Exception {
        List<String> emf = lines.stream().filter(l -> l.contains("\"_aws\"")).toList();
        assertEquals(1, emf.size(), lines.toString());
        return Json.mapper().readTree(emf.getFirst());
    }

    @Test
    void requestMetricsAreOneEmfDocumentInOurNamespace() throws Exception {
        JsonNode emf = onlyEmfDocument(StdoutCapture.linesOf(() -> Metrics.forFunction("browse").recordRequest(404, 12)));

        JsonNode directive = emf.at("/_aws/CloudWatchMetrics/0");
        assertEquals("UltraMarket", directive.path("Namespace").asText());
        assertEquals("FunctionName", directive.at("/Dimensions/0/0").asText());
        assertEquals("browse", emf.path("FunctionName").asText());
        assertEquals(1, emf.path("Requests").asInt());
        assertEquals(1, emf.path("Errors4xx").asInt());
        assertEquals(0, emf.path("Errors5xx").asInt());
        assertEquals(12, emf.path("Latency").asInt());
        assertTrue(directive.path("Metrics").toString().contains("Milliseconds"));
    }

    @Test
    void httpFunctionRecordsEveryInvocation() throws Exception {
        HttpFunction failing = new HttpFunction() {
            @Override
            protected HttpResponse handle(HttpRequest request) {
                throw ApiException.unavailable("Payme is not answering.");
            }
        };

        JsonNode emf = onlyEmfDocument(StdoutCapture.linesOf(
                () -> failing.handleRequest(HttpEvents.request("POST", "/api/pay").build(), new TestContext("pay"))));

        assertEquals("pay", emf.path("FunctionName").asText());
        assertEquals(1, emf.path("Errors5xx").asInt());
        assertEquals(0, emf.path("Errors4xx").asInt());
    }

    @Test
    void customCounters() throws Exception {
        JsonNode emf = onlyEmfDocument(StdoutCapture.linesOf(() -> Metrics.forFunction("checkout").count("OrdersPlaced")));

        assertEquals(1, emf.path("OrdersPlaced").asInt());
    }

    @Test
    void canBeSilenced() {
        System.setProperty(DISABLED, "true");

        List<String> lines = StdoutCapture.linesOf(() -> Metrics.forFunction("browse").recordRequest(200, 1));

        assertTrue(lines.stream().noneMatch(l -> l.contains("\"_aws\"")), lines.toString());
    }
}
