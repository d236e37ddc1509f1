package uz.ultramarket.ops.health;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Asks every probe at once and reports each with its latency; a probe slower than the timeout counts as down. A report
 * younger than {@code maxAge} is answered again, and concurrent callers share one check: monitors polling the health
 * route must not multiply into calls on SNS's 30-per-second {@code GetTopicAttributes} quota. Zero turns that off.
 */
public final class HealthService {

    private final List<Probe> probes;
    private final Clock clock;
    private final Duration timeout;
    private final long maxAgeNanos;
    private final ReentrantLock checking = new ReentrantLock();
    private volatile Checked last;

    private record Checked(HealthReport report, long atNanos) {}

    public HealthService(List<Probe> probes, Clock clock, Duration timeout, Duration maxAge) {
        this.probes = probes.stream().sorted(Comparator.comparing(Probe::component)).toList();
        this.clock = clock;
        this.timeout = timeout;
        this.maxAgeNanos = maxAge.toNanos();
    }

    public HealthReport check() {
        if (maxAgeNanos <= 0) return checkNow();
        var recent = recent();
        if (recent != null) return recent;
        checking.lock();
        try {
            recent = recent(); // whoever held the lock may just have checked
            if (recent != null) return recent;
            var report = checkNow();
            last = new Checked(report, System.nanoTime());
            return report;
        } finally {
            checking.unlock();
        }
    }

    private HealthReport recent() {
        var checked = last;
        return checked != null && System.nanoTime() - checked.atNanos() < maxAgeNanos ? checked.report() : null;
    }

    private HealthReport checkNow() {
        var checkedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        // Virtual threads: the checks wait on the network, so they run side by side for the cost of the slowest.
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var pending = new ArrayList<Future<ComponentCheck>>();
            for (var probe : probes) pending.add(executor.submit(() -> run(probe)));
            var deadline = System.nanoTime() + timeout.toNanos();
            var checks = new ArrayList<ComponentCheck>();
            for (int i = 0; i < probes.size(); i++) checks.add(await(probes.get(i), pending.get(i), deadline));
            executor.shutdownNow();
            return HealthReport.of(checkedAt, checks);
        }
    }

    private static ComponentCheck run(Probe probe) {
        long start = System.nanoTime();
        try {
            probe.check();
            return ComponentCheck.up(probe.component(), millisSince(start));
        } catch (Exception e) {
            return ComponentCheck.down(probe.component(), millisSince(start), describe(e));
        }
    }

    private ComponentCheck await(Probe probe, Future<ComponentCheck> result, long deadline) {
        try {
            return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            return ComponentCheck.down(probe.component(), timeout.toMillis(), "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return ComponentCheck.down(probe.component(), 0, describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ComponentCheck.down(probe.component(), 0, "interrupted");
        }
    }

    /** A short reason an operator can act on: the exception's own message, first line only, never a stack trace. */
    private static String describe(Throwable e) {
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        var firstLine = message.lines().findFirst().orElse(message);
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
