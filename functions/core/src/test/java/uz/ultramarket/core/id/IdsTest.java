package uz.ultramarket.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.testing.FixedClock;

class IdsTest {

    @Test
    void isA26CharacterCrockfordUlid() {
        String id = Ids.newId();

        assertEquals(26, id.length());
        assertTrue(id.matches("[0-7][0-9A-HJKMNP-TV-Z]{25}"), id);
        assertTrue(Ids.isValid(id));
    }

    @Test
    void encodesTheCreationTime() {
        FixedClock clock = FixedClock.at("2025-03-01T09:00:00.123Z");

        assertEquals(Instant.parse("2025-03-01T09:00:00.123Z"), Ids.timeOf(Ids.newId(clock)));
    }

    @Test
    void sortsAcrossMillisecondsByTime() {
        FixedClock clock = FixedClock.at("2030-01-01T00:00:00Z");
        String earlier = Ids.newId(clock);
        clock.advance(Duration.ofMillis(1));
        String later = Ids.newId(clock);

        assertTrue(earlier.compareTo(later) < 0);
    }

    @Test
    void isMonotonicWithinOneMillisecond() {
        FixedClock clock = FixedClock.at("2031-06-01T12:00:00Z");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(Ids.newId(clock));
        }

        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals(ids.size(), new HashSet<>(ids).size());
        assertEquals(clock.instant(), Ids.timeOf(ids.getLast()));
    }

    @Test
    void validatesShapeAndAlphabet() {
        assertFalse(Ids.isValid(null));
        assertFalse(Ids.isValid(""));
        assertFalse(Ids.isValid("01ARZ3NDEKTSV4RRFFQ69G5FA"));
        assertFalse(Ids.isValid("01ARZ3NDEKTSV4RRFFQ69G5FAI"));
        assertFalse(Ids.isValid("01arz3ndektsv4rrffq69g5fav"));
        assertFalse(Ids.isValid("81ARZ3NDEKTSV4RRFFQ69G5FAV"));
        assertTrue(Ids.isValid("01ARZ3NDEKTSV4RRFFQ69G5FAV"));
        assertThrows(IllegalArgumentException.class, () -> Ids.timeOf("nope"));
    }
}
