package uz.ultramarket.core.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values worked out lately, each reused until it is {@code maxAge} old, at most {@code capacity} of them (the least
 * recently used go first): for answers a container may repeat as long as the API lets them be cached anyway.
 * Two callers missing the same key at once may both work it out; the later one is kept.
 */
public final class RecentValues<K, V> {

    private record Dated<V>(V value, Instant at) {}

    private final Clock clock;
    private final Duration maxAge;
    private final Map<K, Dated<V>> values;

    public RecentValues(Clock clock, Duration maxAge, int capacity) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Dated<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for {@code key}, if it is younger than the maximum age; nothing is worked out. */
    public java.util.Optional<V> peek(K key) {
        Dated<V> known;
        synchronized (values) {
            known = values.get(key);
        }
        return known != null && known.at().plus(maxAge).isAfter(clock.instant()) ? java.util.Optional.of(known.value())
                : java.util.Optional.empty();
    }

    /** Keeps {@code value} for {@code key} from now on, in place of what was kept. */
    public void put(K key, V value) {
        Instant now = clock.instant();
        synchronized (values) {
            values.put(key, new Dated<>(value, now));
        }
    }

    /** Keeps nothing for {@code key} any more. */
    public void forget(K key) {
        synchronized (values) {
            values.remove(key);
        }
    }

    /** The value kept for {@code key} if it is younger than the maximum age, else {@code work}'s, kept from now on. */
    public V get(K key, Supplier<V> work) {
        Instant now = clock.instant();
        Dated<V> known;
        synchronized (values) {
            known = values.get(key);
        }
        if (known != null && known.at().plus(maxAge).isAfter(now)) return known.value();
        V value = work.get();
        synchronized (values) {
            values.put(key, new Dated<>(value, now));
        }
        return value;
    }
}
