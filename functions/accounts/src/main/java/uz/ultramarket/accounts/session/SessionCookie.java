package uz.ultramarket.accounts.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import uz.ultramarket.core.http.HttpRequest;

/**
 * The refresh token's cookie: {@code um_refresh}, HttpOnly (scripts never see it), SameSite=Strict (no other site's
 * request carries it), Path=/api/auth (only the auth routes receive it), and Secure — except when the request came
 * to a loopback host over plain http (the local stack), where a browser would drop a Secure cookie.
 */
public final class SessionCookie {

    public static final String NAME = "um_refresh";
    public static final String PATH = "/api/auth";

    private SessionCookie() {}

    public static Optional<String> from(HttpRequest request) {
        return request.cookie(NAME).filter(v -> !v.isBlank());
    }

    public static String set(HttpRequest request, String token, Instant expiresAt, Instant now) {
        long maxAge = Math.max(0, Duration.between(now, expiresAt).toSeconds());
        return NAME + "=" + token + "; Path=" + PATH + "; Max-Age=" + maxAge + "; HttpOnly" + secure(request) + "; SameSite=Strict";
    }

    public static String clear(HttpRequest request) {
        return NAME + "=; Path=" + PATH + "; Max-Age=0; HttpOnly" + secure(request) + "; SameSite=Strict";
    }

    private static String secure(HttpRequest request) {
        String host = request.header("host").orElse("").toLowerCase(Locale.ROOT);
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d+$", "");
        boolean loopback = name.equals("localhost") || name.endsWith(".localhost") || name.startsWith("127.") || name.equals("[::1]");
        boolean https = request.header("x-forwarded-proto").map(p -> p.equalsIgnoreCase("https")).orElse(false);
        return loopback && !https ? "" : "; Secure";
    }
}
