package uz.ultramarket.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigTest {

    private static Config config(Map<String, String> values) {
        return new Config(values::get);
    }

    @Test
    void systemPropertyOfTheSameNameOverridesTheEnvironment() {
        String name = System.getenv().containsKey("PATH") ? "PATH" : System.getenv().keySet().iterator().next();
        String previous = System.getProperty(name);
        try {
            assertEquals(Optional.of(System.getenv(name).trim()), Config.fromEnvironment().get(name));
            System.setProperty(name, "from-property");
            assertEquals("from-property", Config.fromEnvironment().require(name));
        } finally {
            if (previous == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, previous);
            }
        }
    }

    @Test
    void missingRequiredVariableIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> config(Map.of()).require("ORDERS_TABLE"));

        assertTrue(e.getMessage().contains("ORDERS_TABLE"), e.getMessage());
    }

    @Test
    void blankCountsAsUnset() {
        assertEquals(Optional.empty(), config(Map.of("X", "  ")).get("X"));
    }

    @Test
    void typedValuesWithDefaults() {
        Config config = config(Map.of(
                "SIZE", "5", "BIG", "10000000000", "ON", "TRUE", "OFF", "false",
                "WAIT", "500ms", "TTL", "PT15M", "DAYS", "7d"));

        assertEquals(5, config.getInt("SIZE", 2));
        assertEquals(2, config.getInt("ABSENT", 2));
        assertEquals(10_000_000_000L, config.getLong("BIG", 0));
        assertTrue(config.getBoolean("ON", false));
        assertFalse(config.getBoolean("OFF", true));
        assertTrue(config.getBoolean("ABSENT", true));
        assertEquals(Duration.ofMillis(500), config.getDuration("WAIT", Duration.ZERO));
        assertEquals(Duration.ofMinutes(15), config.getDuration("TTL", Duration.ZERO));
        assertEquals(Duration.ofDays(7), config.getDuration("DAYS", Duration.ZERO));
        assertEquals(Duration.ofSeconds(2), config.getDuration("ABSENT", Duration.ofSeconds(2)));
    }

    @Test
    void malformedValuesNameTheVariable() {
        Config config = config(Map.of("SIZE", "two", "ON", "yes", "WAIT", "soon"));

        assertTrue(assertThrows(IllegalStateException.class, () -> config.getInt("SIZE", 1)).getMessage().contains("SIZE"));
        assertTrue(assertThrows(IllegalStateException.class, () -> config.getBoolean("ON", false)).getMessage().contains("ON"));
        assertTrue(assertThrows(IllegalStateException.class, () -> config.getDuration("WAIT", Duration.ZERO)).getMessage().contains("WAIT"));
    }
}
