package uz.ultramarket.ops.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HealthServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T22:30:00Z"), ZoneOffset.UTC);

    private static Probe probe(String component, Runnable check) {
        return new Probe() {
            @Override public String component() { return component; }
            @Override public void check() { check.run(); }
        };
    }

    @Test
    void upWhenEveryProbeAnswers() {
        var report = new HealthService(List.of(probe("sqs", () -> {}), probe("dynamodb", () -> {})), CLOCK,
                Duration.ofSeconds(1), Duration.ZERO).check();

        assertEquals("up", report.status());
        assertEquals(Instant.parse("2026-11-23T22:30:00Z"), report.checkedAt());
        assertEquals(List.of("dynamodb", "sqs"), report.checks().stream().map(ComponentCheck::component).toList());
        assertTrue(report.checks().stream().allMatch(c -> c.status().equals("up") && c.error() == null));
        assertEquals(List.of(), report.down());
    }

    @Test
    void downNamesTheFailingComponentWithTheReasonsFirstLine() {
        var report = new HealthService(List.of(
                probe("dynamodb", () -> {}),
                probe("postgresql", () -> { throw new IllegalStateException("Connection refused\n\tat somewhere"); })),
                CLOCK, Duration.ofSeconds(1), Duration.ZERO).check();

        assertEquals("down", report.status());
        assertEquals(List.of("postgresql"), report.down());
        var postgres = report.checks().get(1);
        assertEquals("down", postgres.status());
        assertEquals("Connection refused", postgres.error());
    }

    @Test
    void aProbeThatDoesNotAnswerInTimeIsDown() {
        var never = new CountDownLatch(1);
        var report = new HealthService(List.of(probe("sns", () -> awaitQuietly(never, 10_000))), CLOCK,
                Duration.ofMillis(100), Duration.ZERO).check();

        assertEquals(List.of("sns"), report.down());
        assertEquals("no answer within 100 ms", report.checks().getFirst().error());
    }

    @Test
    void probesRunSideBySide() {
        // Each probe waits for the other to have started: run one after the other, both would time out.
        var started = new CountDownLatch(2);
        Runnable meetTheOther = () -> {
            started.countDown();
            if (!awaitQuietly(started, 5_000)) throw new IllegalStateException("the other probe never started");
        };
        var report = new HealthService(List.of(probe("dynamodb", meetTheOther), probe("sqs", meetTheOther)), CLOCK,
                Duration.ofSeconds(5), Duration.ZERO).check();

        assertEquals("up", report.status());
    }

    private static boolean awaitQuietly(CountDownLatch latch, long millis) {
        try {
            return latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aRecentReportIsAnsweredAgainWithoutAskingTheProbes() {
        var asked = new java.util.concurrent.atomic.AtomicInteger();
        var cached = new HealthService(List.of(probe("sqs", asked::incrementAndGet)), CLOCK, Duration.ofSeconds(1),
                Duration.ofMinutes(1));
        var first = cached.check();
        assertEquals(first, cached.check());
        assertEquals(1, asked.get());

        var uncached = new HealthService(List.of(probe("sqs", asked::incrementAndGet)), CLOCK, Duration.ofSeconds(1),
                Duration.ZERO);
        uncached.check();
        uncached.check();
        assertEquals(3, asked.get());
    }
}
