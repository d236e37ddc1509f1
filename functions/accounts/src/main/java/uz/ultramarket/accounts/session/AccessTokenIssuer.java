package uz.ultramarket.accounts.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import uz.ultramarket.accounts.account.User;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.Jwt;
import uz.ultramarket.core.auth.SigningKeys;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.core.json.Json;

/** Signs access tokens: ES256 JWTs with the current key's {@code kid}, valid {@link #LIFETIME}, naming the user and role. */
public final class AccessTokenIssuer {

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    public record AccessToken(String token, Instant expiresAt) {}

    private final SigningKeys keys;
    private final Clock clock;

    public AccessTokenIssuer(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public AccessToken issue(User user) {
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        var claims = Json.mapper().createObjectNode()
                .put("iss", AccessTokenVerifier.ISSUER)
                .put("aud", AccessTokenVerifier.AUDIENCE)
                .put("sub", user.id())
                .put("role", user.role().id())
                .put("iat", now.getEpochSecond())
                .put("exp", expires.getEpochSecond())
                .put("jti", Ids.newId());
        var key = keys.current().current();
        return new AccessToken(Jwt.sign(claims, key.kid(), key.requirePrivateKey()), expires);
    }
}
