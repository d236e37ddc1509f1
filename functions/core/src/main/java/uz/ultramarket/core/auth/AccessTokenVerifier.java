package uz.ultramarket.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import uz.ultramarket.core.cache.RecentValues;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.HttpRequest;

/**
 * Checks an access token and says who sent it. Any function that serves signed-in shoppers or admins uses this
 * (its component includes {@link AuthModule}; its registry entry {@code Access.readSecret(Registry.SIGNING_KEYS)}):
 *
 * <pre>{@code
 * Caller caller = verifier.authenticate(request);          // 401 unless a valid Bearer token
 * caller.requireAdmin();                                    // 403 unless its role is admin
 * }</pre>
 *
 * A token passes only if it is a compact JWS whose header says {@code alg: ES256} (nothing else, never {@code none}),
 * names by {@code kid} a current or previous signing key whose signature it carries, and whose claims say our issuer
 * and audience, a subject, a known role and an {@code exp} still ahead.
 *
 * <p>A container remembers the tokens it verified for a few minutes: a shopper sends the same token with every request,
 * and checking its ES256 signature again was the largest cost of a signed-in request. A remembered token is still
 * refused once its {@code exp} has passed.
 */
public final class AccessTokenVerifier {

    public static final String ISSUER = "ultramarket";
    public static final String AUDIENCE = "ultramarket-api";

    /** Shorter than a token's life, so a retired signing key stops being trusted soon after it leaves the key set. */
    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    private static final int REMEMBERED = 10_000;

    private record Verified(Caller caller, long expiresAt) {}

    private final SigningKeys keys;
    private final Clock clock;
    private final RecentValues<String, Verified> verified;

    public AccessTokenVerifier(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.verified = new RecentValues<>(clock, REMEMBERED_FOR, REMEMBERED);
    }

    /** The caller named by the request's {@code Authorization: Bearer …} header; 401 without a valid one. */
    public Caller authenticate(HttpRequest request) {
        String header = request.header("authorization")
                .orElseThrow(() -> ApiException.unauthorized("Sign in first: send Authorization: Bearer <access token>."));
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized("The Authorization header must be: Bearer <access token>.");
        }
        return verify(header.substring(7).strip())
                .orElseThrow(() -> ApiException.unauthorized("The access token is invalid or has expired; refresh it or sign in again."));
    }

    /** The caller a token speaks for, or empty when it is not a valid, unexpired access token of ours. */
    public Optional<Caller> verify(String token) {
        long now = clock.instant().getEpochSecond();
        var known = verified.peek(token);
        if (known.isPresent()) return known.get().expiresAt() > now ? Optional.of(known.get().caller()) : Optional.empty();
        var checked = check(token, now);
        checked.ifPresent(v -> verified.put(token, v));
        return checked.map(Verified::caller);
    }

    private Optional<Verified> check(String token, long now) {
        var parsed = Jwt.parse(token).orElse(null);
        if (parsed == null || !Jwt.ALGORITHM.equals(parsed.header().path("alg").asText(null))) {
            return Optional.empty();
        }
        var key = parsed.keyId().flatMap(keys::find).orElse(null);
        if (key == null || !parsed.verifiedBy(key.publicKey())) {
            return Optional.empty();
        }
        JsonNode claims = parsed.claims();
        if (!ISSUER.equals(claims.path("iss").asText(null)) || !AUDIENCE.equals(claims.path("aud").asText(null))
                || !claims.path("exp").canConvertToLong() || !claims.path("exp").isIntegralNumber()
                || claims.path("exp").asLong() <= now
                || !claims.path("sub").isTextual() || claims.path("sub").asText().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Verified(new Caller(claims.path("sub").asText(), Role.of(claims.path("role").asText("").toLowerCase(Locale.ROOT))),
                    claims.path("exp").asLong()));
        } catch (IllegalArgumentException unknownRole) {
            return Optional.empty();
        }
    }
}
