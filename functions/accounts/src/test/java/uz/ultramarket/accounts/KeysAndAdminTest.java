package uz.ultramarket.accounts;

import uz.ultramarket.core.testing.Call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.accounts.admin.AdminSeed;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.SigningKeySet;
import uz.ultramarket.core.auth.SigningKeyStore;
import uz.ultramarket.core.http.ApiException;

/** The signing keys in Secrets Manager (first key on first use, rotation without signing anyone out) and the seeded admin. */
class KeysAndAdminTest {

    private static AccountsWorld world;

    @BeforeAll
    static void start() throws Exception { world = new AccountsWorld(); }

    @AfterAll
    static void stop() throws Exception { world.close(); }

    @Test
    void theFirstKeyIsMadeOnFirstUseAndARotationKeepsThePreviousOneVerifying() {
        var shopper = Shoppers.signUp(world, "+998 90 900 00 01", "Before Rotation", null);
        var stored = SigningKeySet.fromJson(world.aws.secretsManager().getSecretValue(r -> r.secretId(world.signingKeysArn)).secretString());
        assertEquals(1, stored.keys().size(), "made on first use");
        String firstKid = stored.current().kid();

        // what the scheduled rotate-signing-key function does, through its own store
        var rotator = new SigningKeyStore(world.aws.secretsManager(), world.signingKeysArn, world.clock, Duration.ofMinutes(5), true);
        var rotated = rotator.rotate();
        assertNotEquals(firstKid, rotated.current().kid());
        assertEquals(firstKid, rotated.keys().get(1).kid());

        assertEquals(200, Call.get(world.profile, "/api/me").bearer(shopper.accessToken()).send().status(), "old tokens still verify");

        world.clock.advance(Duration.ofMinutes(6)); // the signer's cache ages out: it signs with the new key now
        var refreshed = Call.post(world.refresh, "/api/auth/refresh").cookie("um_refresh", shopper.refreshToken()).send();
        assertEquals(200, refreshed.status(), refreshed.body());
        // a verifier that has not looked at the secret since before the rotation learns the new kid on sight
        var staleVerifier = new AccessTokenVerifier(world.verifierKeys, world.clock);
        assertTrue(staleVerifier.verify(refreshed.text("/accessToken")).isPresent());

        rotator.rotate(); // two rotations on, the first key is gone and so are the (long expired) tokens it signed
        var gone = SigningKeySet.fromJson(world.aws.secretsManager().getSecretValue(r -> r.secretId(world.signingKeysArn)).secretString());
        assertTrue(gone.find(firstKid).isEmpty());
        assertEquals(stored.hmacKey().length, gone.hmacKey().length);
        assertTrue(java.util.Arrays.equals(stored.hmacKey(), gone.hmacKey()), "the OTP HMAC key survives rotation");
    }

    @Test
    void aVerifierOnlyFunctionNeverMakesAKey() throws Exception {
        String empty = world.aws.secretsManager().createSecret(r -> r.name("ultramarket/test/empty-keys")).arn();
        var readOnly = new SigningKeyStore(world.aws.secretsManager(), empty, world.clock, Duration.ofMinutes(5), false);
        assertTrue(readOnly.find("anything").isEmpty());
        assertThrows(IllegalStateException.class, readOnly::current);
    }

    @Test
    void theAdminPhoneFromTheSecretBecomesAnAdminWhoSignsInWithACode() {
        assertEquals(AdminSeed.Outcome.NO_PHONE_SET, world.adminSeed.run(), "an empty secret seeds nobody");
        world.aws.secretsManager().putSecretValue(r -> r.secretId(world.adminPhoneArn).secretString("+998 90 123 45 00"));
        assertEquals(AdminSeed.Outcome.CREATED, world.adminSeed.run());
        assertEquals(AdminSeed.Outcome.ALREADY_ADMIN, world.adminSeed.run(), "every deploy runs it again");

        assertEquals(202, Shoppers.askCode(world, "+998901234500", "login").status());
        var admin = Call.post(world.login, "/api/auth/login")
                .json("{\"phone\":\"+998901234500\",\"code\":\"" + world.lastCodeSentTo("+998901234500") + "\"}").send();
        assertEquals(200, admin.status(), admin.body());
        assertEquals("admin", admin.text("/user/role"));
        var verifier = new AccessTokenVerifier(world.verifierKeys, world.clock);
        assertTrue(verifier.verify(admin.text("/accessToken")).orElseThrow().isAdmin());

        var customer = Shoppers.signUp(world, "+998 90 900 00 02", "Customer", null);
        var caller = verifier.verify(customer.accessToken()).orElseThrow();
        assertEquals(403, assertThrows(ApiException.class, caller::requireAdmin).status());

        // an existing customer named in the secret is promoted; the role reaches the token at the next refresh
        world.aws.secretsManager().putSecretValue(r -> r.secretId(world.adminPhoneArn).secretString("+998909000002"));
        assertEquals(AdminSeed.Outcome.PROMOTED, world.adminSeed.run());
        var refreshed = Call.post(world.refresh, "/api/auth/refresh").cookie("um_refresh", customer.refreshToken()).send();
        assertEquals("admin", refreshed.text("/user/role"));
        assertTrue(verifier.verify(refreshed.text("/accessToken")).orElseThrow().isAdmin());
    }
}
