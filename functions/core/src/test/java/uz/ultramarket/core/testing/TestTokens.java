package uz.ultramarket.core.testing;

import java.time.Clock;
import java.time.Duration;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.Jwt;
import uz.ultramarket.core.auth.SigningKeySet;
import uz.ultramarket.core.json.Json;

/** Access tokens as the accounts functions sign them, for tests of the functions that verify them. */
public final class TestTokens {

    private TestTokens() {}

    /** A token for {@code userId} in {@code role}, signed with {@code keys}' current key, valid for 15 minutes from {@code clock}. */
    public static String signed(SigningKeySet keys, Clock clock, String userId, String role) {
        var claims = Json.mapper().createObjectNode().put("iss", AccessTokenVerifier.ISSUER).put("aud", AccessTokenVerifier.AUDIENCE)
                .put("sub", userId).put("role", role).put("iat", clock.instant().getEpochSecond())
                .put("exp", clock.instant().plus(Duration.ofMinutes(15)).getEpochSecond());
        return Jwt.sign(claims, keys.current().kid(), keys.current().requirePrivateKey());
    }
}
