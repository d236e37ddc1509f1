package uz.ultramarket.core.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

/**
 * ULIDs: 26 Crockford base32 characters, 48 bits of milliseconds then 80 random bits, so sorting ids as text sorts
 * them by creation time. Ids made in the same millisecond in this JVM increase by one, keeping that order.
 */
public final class Ids {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 26;
    private static final int TIME_CHARS = 10;
    private static final long MAX_TIME = (1L << 48) - 1;
    private static final long FORTY_BITS = (1L << 40) - 1;
    // SecureRandom stays unique across SnapStart clones of one snapshot; a seeded java.util.Random would repeat
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Clock SYSTEM = Clock.systemUTC();

    private static long lastMillis = -1;
    private static long lastHigh;
    private static long lastLow;

    private Ids() {}

    public static String newId() {
        return newId(SYSTEM);
    }

    public static String newId(Clock clock) {
        long millis = clock.millis();
        if (millis < 0 || millis > MAX_TIME) {
            throw new IllegalArgumentException("time outside the ULID range: " + millis);
        }
        long high;
        long low;
        synchronized (Ids.class) {
            if (millis == lastMillis) {
                lastLow = (lastLow + 1) & FORTY_BITS;
                if (lastLow == 0) {
                    lastHigh = (lastHigh + 1) & FORTY_BITS;
                    if (lastHigh == 0) {
                        throw new IllegalStateException("more than 2^80 ids in one millisecond");
                    }
                }
            } else {
                lastMillis = millis;
                lastHigh = RANDOM.nextLong() & FORTY_BITS;
                lastLow = RANDOM.nextLong() & FORTY_BITS;
            }
            high = lastHigh;
            low = lastLow;
        }
        char[] id = new char[LENGTH];
        encode(millis, id, 0, TIME_CHARS);
        encode(high, id, TIME_CHARS, 8);
        encode(low, id, TIME_CHARS + 8, 8);
        return new String(id);
    }

    /** When the id was made. */
    public static Instant timeOf(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("not an id: " + id);
        }
        long millis = 0;
        for (int i = 0; i < TIME_CHARS; i++) {
            millis = (millis << 5) | indexOf(id.charAt(i));
        }
        return Instant.ofEpochMilli(millis);
    }

    /** True for a canonical (upper-case) ULID. */
    public static boolean isValid(String id) {
        if (id == null || id.length() != LENGTH || id.charAt(0) > '7') {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (indexOf(id.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Writes the low {@code 5 * chars} bits of {@code value}, most significant first. */
    private static void encode(long value, char[] out, int offset, int chars) {
        for (int i = chars - 1; i >= 0; i--) {
            out[offset + i] = ALPHABET[(int) (value & 31)];
            value >>>= 5;
        }
    }

    private static int indexOf(char c) {
        for (int i = 0; i < ALPHABET.length; i++) {
            if (ALPHABET[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
