package uz.ultramarket.local;

import java.util.Locale;

/** The {@code [local] …} lines printed while the stack starts and stops. */
final class Progress {
    private Progress() {}

    static void say(String line) {
        System.out.println("[local] " + line);
    }

    /** {@code what (1.2 s)}, timed from {@code startNanos}. */
    static void done(String what, long startNanos) {
        say(what + " (" + seconds(System.nanoTime() - startNanos) + ")");
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
