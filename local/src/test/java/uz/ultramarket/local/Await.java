package uz.ultramarket.local;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes: bounded waits instead of sleeps. */
final class Await {
    private Await() {}

    static void until(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            Thread.sleep(25);
        }
    }
}
