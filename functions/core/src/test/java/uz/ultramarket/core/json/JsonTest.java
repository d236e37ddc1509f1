package uz.ultramarket.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Event(String id, Instant at, Optional<String> note, String absent) {}

    record Window(Duration length) {}

    @Test
    void instantsAreIsoStrings() {
        Event event = new Event("e1", Instant.parse("2025-03-01T09:00:00.120Z"), Optional.empty(), null);

        assertEquals("{\"id\":\"e1\",\"at\":\"2025-03-01T09:00:00.120Z\"}", Json.write(event));
        assertEquals(event.at(), Json.read("{\"id\":\"e1\",\"at\":\"2025-03-01T09:00:00.120Z\"}", Event.class).at());
    }

    @Test
    void optionalsWithAValueAreWrittenPlainAndReadBack() {
        Event event = new Event("e1", null, Optional.of("gift"), null);

        assertEquals("{\"id\":\"e1\",\"note\":\"gift\"}", Json.write(event));
        assertEquals(Optional.of("gift"), Json.read(Json.write(event), Event.class).note());
    }

    @Test
    void durationsAreIso() {
        assertEquals("{\"length\":\"PT15M\"}", Json.write(new Window(Duration.ofMinutes(15))));
    }

    @Test
    void unknownPropertiesAreRefused() {
        assertThrows(UncheckedIOException.class, () -> Json.read("{\"id\":\"e1\",\"extra\":1}", Event.class));
    }

    @Test
    void thereIsOneMapper() {
        assertEquals(Json.mapper(), Json.mapper());
    }
}
