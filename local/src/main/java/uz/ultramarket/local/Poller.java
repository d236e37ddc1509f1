package uz.ultramarket.local;

import java.time.Duration;

/** A loop on its own virtual thread that delivers events until closed; closing waits a little for it to finish. */
abstract class Poller implements AutoCloseable {
    private volatile boolean running = true;
    private Thread thread;

    /** Runs until {@link #running()} turns false; must return promptly when interrupted. */
    protected abstract void loop();

    protected final void startLoop(String threadName) {
        thread = Thread.ofVirtual().name(threadName).start(this::loop);
    }

    protected final boolean running() { return running; }

    protected static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread == null) return;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
