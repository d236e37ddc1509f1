package uz.ultramarket.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.testing.FixedClock;

class RecentValuesTest {

    private final FixedClock clock = FixedClock.at("2026-11-24T09:00:00Z");
    private final AtomicInteger worked = new AtomicInteger();

    private int work() { return worked.incrementAndGet(); }

    @Test
    void reusesAValueUntilItIsMaxAgeOld() {
        var recent = new RecentValues<String, Integer>(clock, Duration.ofSeconds(60), 10);
        assertEquals(1, recent.get("a", this::work));
        clock.advance(Duration.ofSeconds(59));
        assertEquals(1, recent.get("a", this::work));
        assertEquals(2, recent.get("b", this::work), "another key is its own value");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(3, recent.get("a", this::work), "at 60 s it is worked out again");
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        var recent = new RecentValues<String, Integer>(clock, Duration.ofMinutes(1), 2);
        recent.get("a", this::work);
        recent.get("b", this::work);
        recent.get("a", this::work);
        recent.get("c", this::work); // b goes
        assertEquals(1, recent.get("a", this::work));
        assertEquals(4, recent.get("b", this::work));
    }

    @Test
    void aPutValueIsPeekedUntilMaxAgeOrForgotten() {
        var recent = new RecentValues<String, Integer>(clock, Duration.ofSeconds(60), 10);
        assertEquals(java.util.Optional.empty(), recent.peek("a"));
        recent.put("a", 7);
        assertEquals(java.util.Optional.of(7), recent.peek("a"));
        assertEquals(7, recent.get("a", this::work), "a put value is reused as a worked-out one");
        recent.forget("a");
        assertEquals(java.util.Optional.empty(), recent.peek("a"));
        recent.put("a", 8);
        clock.advance(Duration.ofSeconds(60));
        assertEquals(java.util.Optional.empty(), recent.peek("a"), "too old");
        assertEquals(0, worked.get());
    }
}
