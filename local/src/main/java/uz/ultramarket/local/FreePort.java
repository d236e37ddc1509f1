package uz.ultramarket.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A loopback port nobody listens on, for servers that must be told their port up front. Taken below Linux's
 * ephemeral range (32768 and up), so that neither an outgoing connection nor another port-0 server grabs it
 * between the pick and the server's bind; never the same one twice in this JVM.
 */
final class FreePort {
    private static final int LOWEST = 20_000;
    private static final int ABOVE_HIGHEST = 32_768;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePort() {}

    static int pick() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, ABOVE_HIGHEST);
            if (isFree(port) && HANDED_OUT.add(port)) return port;
        }
        throw new IllegalStateException("no free loopback port between " + LOWEST + " and " + ABOVE_HIGHEST);
    }

    private static boolean isFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
