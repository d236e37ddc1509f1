package uz.ultramarket.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.HttpEvents;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.testing.FixedClock;

/** Only our own, unexpired ES256 tokens get through; every classic forgery does not. */
class AccessTokenVerifierTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final FixedClock clock = FixedClock.at("2026-11-23T10:00:00Z");
    private final SigningKeySet keys = SigningKeySet.generate(clock.instant());
    private final AccessTokenVerifier verifier = new AccessTokenVerifier(SigningKeys.fixed(keys), clock);

    private ObjectNode claims(String role, Instant expires) {
        return Json.mapper().createObjectNode().put("iss", AccessTokenVerifier.ISSUER).put("aud", AccessTokenVerifier.AUDIENCE)
                .put("sub", "01USER").put("role", role).put("iat", clock.instant().getEpochSecond()).put("exp", expires.getEpochSecond());
    }

    private String valid() {
        return Jwt.sign(claims("customer", clock.instant().plus(Duration.ofMinutes(15))), keys.current().kid(), keys.current().requirePrivateKey());
    }

    private static String part(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aValidTokenNamesTheCallerAndRole() {
        assertEquals(Optional.of(new Caller("01USER", Role.CUSTOMER)), verifier.verify(valid()));
        var admin = Jwt.sign(claims("admin", clock.instant().plusSeconds(60)), keys.current().kid(), keys.current().requirePrivateKey());
        assertTrue(verifier.verify(admin).orElseThrow().isAdmin());
    }

    @Test
    void aTamperedTokenIsRejected() {
        String token = valid();
        String[] parts = token.split("\\.");
        String promoted = part(Json.write(claims("admin", clock.instant().plus(Duration.ofMinutes(15)))));
        assertEquals(Optional.empty(), verifier.verify(parts[0] + "." + promoted + "." + parts[2]));
        char last = parts[2].charAt(10);
        String flipped = parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A') + parts[2].substring(11);
        assertEquals(Optional.empty(), verifier.verify(parts[0] + "." + parts[1] + "." + flipped));
    }

    @Test
    void anExpiredTokenIsRejected() {
        String token = valid();
        clock.advance(Duration.ofMinutes(15));
        assertEquals(Optional.empty(), verifier.verify(token));
    }

    @Test
    void aRememberedTokenIsStillRefusedOnceExpiredAndRememberingNeverPassesATamperedOne() {
        String token = valid();
        assertTrue(verifier.verify(token).isPresent(), "verified, and remembered");
        String[] parts = token.split("\\.");
        String promoted = part(Json.write(claims("admin", clock.instant().plus(Duration.ofMinutes(15)))));
        assertEquals(Optional.empty(), verifier.verify(parts[0] + "." + promoted + "." + parts[2]), "another string is checked afresh");
        String shortLived = Jwt.sign(claims("customer", clock.instant().plus(Duration.ofMinutes(2))), keys.current().kid(),
                keys.current().requirePrivateKey());
        assertTrue(verifier.verify(shortLived).isPresent());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.of(new Caller("01USER", Role.CUSTOMER)), verifier.verify(token));
        clock.advance(Duration.ofMinutes(2));
        assertEquals(Optional.empty(), verifier.verify(shortLived), "expired while remembered");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRejectedEvenUnderAKnownKid() {
        var stranger = SigningKeySet.generate(clock.instant()).current();
        var claims = claims("customer", clock.instant().plusSeconds(600));
        assertEquals(Optional.empty(), verifier.verify(Jwt.sign(claims, keys.current().kid(), stranger.requirePrivateKey())));
        assertEquals(Optional.empty(), verifier.verify(Jwt.sign(claims, stranger.kid(), stranger.requirePrivateKey())));
    }

    @Test
    void algNoneAndHmacWithThePublicKeyAreRejected() throws Exception {
        String body = part(Json.write(claims("admin", clock.instant().plusSeconds(600))));
        String kid = keys.current().kid();
        assertEquals(Optional.empty(), verifier.verify(part("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + body + "."));
        assertEquals(Optional.empty(), verifier.verify(part("{\"alg\":\"none\",\"kid\":\"" + kid + "\"}") + "." + body + ".AAAA"));
        // the classic key-confusion forgery: HS256 keyed with the (public) verification key
        String header = part("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}");
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(keys.current().publicKey().getEncoded(), "HmacSHA256"));
        String sig = B64.encodeToString(mac.doFinal((header + "." + body).getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), verifier.verify(header + "." + body + "." + sig));
    }

    @Test
    void wrongIssuerAudienceRoleOrGarbageIsRejected() {
        var key = keys.current();
        var exp = clock.instant().plusSeconds(600);
        assertEquals(Optional.empty(), verifier.verify(Jwt.sign(claims("customer", exp).put("iss", "evil"), key.kid(), key.requirePrivateKey())));
        assertEquals(Optional.empty(), verifier.verify(Jwt.sign(claims("customer", exp).put("aud", "other"), key.kid(), key.requirePrivateKey())));
        assertEquals(Optional.empty(), verifier.verify(Jwt.sign(claims("root", exp), key.kid(), key.requirePrivateKey())));
        assertEquals(Optional.empty(), verifier.verify(Jwt.sign(claims("customer", exp).put("exp", "never"), key.kid(), key.requirePrivateKey())));
        for (String garbage : new String[] {"", "a.b", "a.b.c", "...", "eyJ.eyJ.", valid() + "x.y"}) {
            assertEquals(Optional.empty(), verifier.verify(garbage), garbage);
        }
    }

    @Test
    void thePreviousKeyStillVerifiesAfterARotation() {
        String before = valid();
        var rotated = keys.rotated(clock.instant());
        var after = new AccessTokenVerifier(SigningKeys.fixed(rotated), clock);
        assertTrue(after.verify(before).isPresent());
        var twice = new AccessTokenVerifier(SigningKeys.fixed(rotated.rotated(clock.instant())), clock);
        assertEquals(Optional.empty(), twice.verify(before), "two rotations later the key is gone");
        assertEquals(rotated.current().kid(), SigningKeySet.fromJson(rotated.toJson()).current().kid());
    }

    @Test
    void authenticateAnswers401WithABearerChallengeAndAdminChecksAre403() {
        HttpRequest none = request(null);
        var e = assertThrows(ApiException.class, () -> verifier.authenticate(none));
        assertEquals(401, e.status());
        assertEquals("Bearer", e.headers().get("WWW-Authenticate"));
        assertEquals(401, assertThrows(ApiException.class, () -> verifier.authenticate(request("Basic abc"))).status());
        assertEquals(401, assertThrows(ApiException.class, () -> verifier.authenticate(request("Bearer nope"))).status());
        var caller = verifier.authenticate(request("Bearer " + valid()));
        assertEquals(403, assertThrows(ApiException.class, caller::requireAdmin).status());
    }

    private static HttpRequest request(String authorization) {
        var builder = HttpEvents.request("GET", "/api/me");
        if (authorization != null) builder.header("Authorization", authorization);
        var event = builder.build();
        return new HttpRequest("GET", "/api/me", "GET /api/me", null, null,
                uz.ultramarket.core.http.Headers.of(event.getHeaders()), null, null, "r", "127.0.0.1", Instant.now());
    }
}
