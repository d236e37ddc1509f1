package uz.ultramarket.local.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load: {@code concurrency} workers take request numbers 0 … count−1 in turn and time each; what the
 * benchmarks print. Loopback only, bounded by {@code count}.
 */
final class Load {

    /** One request: number {@code i}, sent by worker {@code worker}; answers the HTTP status (anything but 2xx counts as a failure). */
    @FunctionalInterface
    interface Request {
        int send(int worker, int i) throws Exception;
    }

    // when the timed part of a request began: a request may move it past its untimed preparation
    private static final ThreadLocal<long[]> STARTED = ThreadLocal.withInitial(() -> new long[1]);

    private Load() {}

    /** Called by a request after its preparation (filling the cart it then checks out): only what follows is timed. */
    static void timeFromHere() {
        STARTED.get()[0] = System.nanoTime();
    }

    static Result run(String group, int count, int concurrency, Request request) throws Exception {
        var next = new AtomicInteger();
        var failures = new AtomicInteger();
        long[] nanos = new long[count];
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        var workers = new ArrayList<Future<?>>();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < count; ) {
                    timeFromHere();
                    try {
                        int status = request.send(worker, i);
                        if (status < 200 || status > 299) failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    nanos[i] = System.nanoTime() - STARTED.get()[0];
                }
            }));
        }
        for (var worker : workers) worker.get();
        long took = System.nanoTime() - started;
        pool.shutdown();
        return new Result(group, nanos, took, failures.get());
    }

    /** What a run measured: each request's time, in request order, and the wall time of the whole run. */
    record Result(String group, long[] nanos, long tookNanos, int failures) {

        void print() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf("   %-12s %,6d requests  %,7.0f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %7.1f ms  non-2xx: %d%n",
                    group, sorted.length, sorted.length / (tookNanos / 1e9), ms(sorted, 0.50), ms(sorted, 0.95),
                    ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6, failures);
        }

        /** The {@code count} keys whose requests had the highest median, {@code keys[i]} naming request i. */
        void printSlowest(String[] keys, int count) {
            var byKey = new java.util.HashMap<String, List<Long>>();
            for (int i = 0; i < nanos.length; i++) byKey.computeIfAbsent(keys[i], u -> new ArrayList<>()).add(nanos[i]);
            System.out.printf("   slowest %s URLs by median:%n", group);
            byKey.entrySet().stream()
                    .map(e -> java.util.Map.entry(e.getKey(), e.getValue().stream().sorted().toList()))
                    .sorted(java.util.Comparator.comparing((java.util.Map.Entry<String, List<Long>> e) ->
                            e.getValue().get(e.getValue().size() / 2)).reversed())
                    .limit(count)
                    .forEach(e -> System.out.printf("      p50 %6.1f ms  (%3d requests)  %s%n",
                            e.getValue().get(e.getValue().size() / 2) / 1e6, e.getValue().size(),
                            java.net.URLDecoder.decode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)));
        }

        private static double ms(long[] sorted, double quantile) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }
    }
}
