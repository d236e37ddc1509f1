package uz.ultramarket.core.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.util.StringMap;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.json.Json;

class LoggingTest {

    private static LoggerContext context() {
        return (LoggerContext) LogManager.getContext(false);
    }

    @Test
    void linesAreJsonWithOurRequestFields() throws Exception {
        Appender appender = context().getConfiguration().getAppender("JsonAppender");
        StringMap fields = ContextDataFactory.createContextData();
        fields.putValue(LogContext.REQUEST_ID, "req-1");
        fields.putValue(LogContext.ROUTE, "GET /api/products/{id}");
        fields.putValue(LogContext.FUNCTION_NAME, "browse");

        byte[] line = appender.getLayout().toByteArray(Log4jLogEvent.newBuilder()
                .setLoggerName("test")
                .setLevel(Level.INFO)
                .setMessage(new SimpleMessage("hello"))
                .setContextData(fields)
                .build());
        JsonNode json = Json.mapper().readTree(new String(line, StandardCharsets.UTF_8));

        assertEquals("INFO", json.path("level").asText());
        assertEquals("hello", json.path("message").asText());
        assertEquals("browse", json.path("function_name").asText());
        assertEquals("req-1", json.path("request_id").asText());
        assertEquals("GET /api/products/{id}", json.path("route").asText());
    }

    @Test
    void levelComesFromPowertoolsLogLevelOrLogLevel() {
        Config config = Config.fromEnvironment();
        String expected = config.get("POWERTOOLS_LOG_LEVEL").or(() -> config.get("LOG_LEVEL")).orElse("INFO");

        assertEquals(Level.valueOf(expected), context().getRootLogger().getLevel());
    }
}
