package uz.ultramarket.local;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

/**
 * EventBridge {@code rate(...)} schedules, locally: each scheduled function gets a {@link ScheduledEvent} every
 * period, the first one a period after start; {@link #runNow} runs one at once (behind {@code POST /_local/schedules/{function}}).
 */
final class Schedules implements AutoCloseable {

    record Scheduled(WarmContainer function, Duration rate) {}

    private final Map<String, Scheduled> byName = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("schedules").factory());

    Schedules(List<Scheduled> scheduled) {
        scheduled.forEach(s -> byName.put(s.function().name(), s));
    }

    Schedules start() {
        for (var scheduled : byName.values()) {
            long period = scheduled.rate().toMillis();
            timer.scheduleAtFixedRate(() -> runLogged(scheduled), period, period, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    List<Scheduled> all() { return List.copyOf(byName.values()); }

    boolean has(String function) { return byName.containsKey(function); }

    /** Runs {@code function}'s schedule now and returns what the function returned. */
    Object runNow(String function) {
        var scheduled = byName.get(function);
        if (scheduled == null) throw new IllegalArgumentException(function + " has no schedule");
        return scheduled.function().invoke(event(scheduled));
    }

    // a failed run must not cancel the schedule (scheduleAtFixedRate stops at the first throw)
    private void runLogged(Scheduled scheduled) {
        try {
            scheduled.function().invoke(event(scheduled));
        } catch (RuntimeException | Error e) {
            Progress.say("scheduled run of " + scheduled.function().name() + " failed: " + e);
        }
    }

    private static ScheduledEvent event(Scheduled scheduled) {
        var event = new ScheduledEvent();
        event.setVersion("0");
        event.setId(UUID.randomUUID().toString());
        event.setDetailType("Scheduled Event");
        event.setSource("aws.events");
        event.setAccount(LocalAws.ACCOUNT);
        event.setRegion(LocalAws.REGION.id());
        event.setTime(DateTime.now(DateTimeZone.UTC));
        event.setResources(List.of("arn:aws:events:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT + ":rule/" + scheduled.function().name() + "-schedule"));
        event.setDetail(Map.of());
        return event;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
