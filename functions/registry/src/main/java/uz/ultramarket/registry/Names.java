package uz.ultramarket.registry;

import java.util.Locale;
import java.util.regex.Pattern;

/** Resource and function names: lower-case words joined by hyphens, which every AWS service accepts. */
final class Names {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private Names() {}

    static String check(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.length() > 48) {
            throw new IllegalArgumentException("name must be lower-case words joined by hyphens, at most 48 characters: " + name);
        }
        return name;
    }

    /** {@code order-events} becomes {@code ORDER_EVENTS}, for environment variable names. */
    static String constant(String name) { return name.replace('-', '_').toUpperCase(Locale.ROOT); }
}
