package uz.ultramarket.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that stands still until a test moves it: {@code clock.advance(Duration.ofMinutes(15))}. */
public final class FixedClock extends Clock {

    private volatile Instant now;

    private FixedClock(Instant now) {
        this.now = now;
    }

    public static FixedClock at(Instant instant) {
        return new FixedClock(instant);
    }

    /** E.g. {@code FixedClock.at("2025-03-01T09:00:00Z")}. */
    public static FixedClock at(String isoInstant) {
        return new FixedClock(Instant.parse(isoInstant));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (!ZoneOffset.UTC.equals(zone)) {
            throw new UnsupportedOperationException("FixedClock is UTC only; convert for display instead");
        }
        return this;
    }
}
