package uz.ultramarket.accounts;

import uz.ultramarket.core.testing.Call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.accounts.account.PhoneTakenException;
import uz.ultramarket.accounts.account.User;
import uz.ultramarket.accounts.session.SessionCookie;
import uz.ultramarket.core.auth.Jwt;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.auth.SigningKeySet;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.phone.Phone;

/** What an attacker tries: forged tokens, guessing codes, replaying refresh tokens, probing for accounts, racing sign-ups. */
class SecurityTest {

    private static AccountsWorld world;

    @BeforeAll
    static void start() throws Exception { world = new AccountsWorld(); }

    @AfterAll
    static void stop() throws Exception { world.close(); }

    private static int me(String token) {
        return Call.get(world.profile, "/api/me").bearer(token).send().status();
    }

    @Test
    void tamperedExpiredWrongKeyAndAlgNoneTokensAreRefused() {
        var shopper = Shoppers.signUp(world, "+998 90 000 00 01", "Token Owner", null);
        assertEquals(200, me(shopper.accessToken()));
        String[] parts = shopper.accessToken().split("\\.");
        var enc = Base64.getUrlEncoder().withoutPadding();

        var claims = Json.mapper().createObjectNode().put("iss", "ultramarket").put("aud", "ultramarket-api").put("sub", shopper.userId())
                .put("role", "admin").put("iat", world.clock.instant().getEpochSecond())
                .put("exp", world.clock.instant().plusSeconds(900).getEpochSecond());
        String promoted = enc.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8));
        assertEquals(401, me(parts[0] + "." + promoted + "." + parts[2]), "claims changed under the same signature");

        String none = enc.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, me(none + "." + promoted + "."), "alg none");

        var stranger = SigningKeySet.generate(world.clock.instant()).current();
        String kid = world.signerKeys.current().current().kid();
        assertEquals(401, me(Jwt.sign(claims, kid, stranger.requirePrivateKey())), "signed by a key that is not ours, under our kid");
        assertEquals(401, me(Jwt.sign(claims, stranger.kid(), stranger.requirePrivateKey())), "signed by an unknown key");

        world.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertEquals(401, me(shopper.accessToken()), "expired");
        assertEquals(401, Call.get(world.profile, "/api/me").send().status(), "no token");
    }

    @Test
    void guessingACodeIsLockedOutAfterFiveTries() {
        String phone = "+998901000002";
        assertEquals(202, Shoppers.askCode(world, phone, "register").status());
        String code = world.lastCodeSentTo(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 1; i <= 4; i++) {
            var answer = register(phone, wrong);
            assertEquals(400, answer.status(), "try " + i);
            assertEquals("code", answer.errorField(0));
        }
        var fifth = register(phone, wrong);
        assertEquals(429, fifth.status(), fifth.body());
        assertEquals(429, register(phone, code).status(), "even the right code no longer works");

        world.clock.advance(Duration.ofSeconds(61));
        assertEquals(202, Shoppers.askCode(world, phone, "register").status());
        assertEquals(201, register(phone, world.lastCodeSentTo(phone)).status(), "a new code works");
        assertEquals(400, register(phone, world.lastCodeSentTo(phone)).status(), "a code works once");
    }

    @Test
    void aCodeForRegisterDoesNotLogInAndAnExpiredCodeFails() {
        var shopper = Shoppers.signUp(world, "+998 90 100 00 03", "Purpose", null);
        world.clock.advance(Duration.ofSeconds(61));
        assertEquals(202, Shoppers.askCode(world, shopper.phone(), "register").status());
        var wrongPurpose = Call.post(world.login, "/api/auth/login")
                .json("{\"phone\":\"" + shopper.phone() + "\",\"code\":\"" + world.lastCodeSentTo(shopper.phone()) + "\"}").send();
        assertEquals(400, wrongPurpose.status());

        world.clock.advance(Duration.ofSeconds(61));
        assertEquals(202, Shoppers.askCode(world, shopper.phone(), "login").status());
        String code = world.lastCodeSentTo(shopper.phone());
        world.clock.advance(Duration.ofMinutes(5));
        var late = Call.post(world.login, "/api/auth/login").json("{\"phone\":\"" + shopper.phone() + "\",\"code\":\"" + code + "\"}").send();
        assertEquals(400, late.status());
        assertEquals("code", late.errorField(0));
    }

    @Test
    void reusingASpentRefreshTokenRevokesTheWholeFamily() {
        var shopper = Shoppers.signUp(world, "+998 90 100 00 04", "Reuse", null);
        var first = Call.post(world.refresh, "/api/auth/refresh").cookie(SessionCookie.NAME, shopper.refreshToken()).send();
        assertEquals(200, first.status());
        String second = first.cookie(SessionCookie.NAME).orElseThrow();

        var replay = Call.post(world.refresh, "/api/auth/refresh").cookie(SessionCookie.NAME, shopper.refreshToken()).send();
        assertEquals(401, replay.status(), "the spent token is refused");
        assertEquals("", replay.cookie(SessionCookie.NAME).orElseThrow(), "and the cookie cleared");
        assertEquals(401, Call.post(world.refresh, "/api/auth/refresh").cookie(SessionCookie.NAME, second).send().status(),
                "the legitimate newer token of the same family dies too");

        var other = Call.post(world.login, "/api/auth/login").json("{\"phone\":\"+998901000099\",\"password\":\"whatever1\"}").send();
        assertEquals(401, other.status());
        assertEquals(401, Call.post(world.refresh, "/api/auth/refresh").cookie(SessionCookie.NAME, "not-a-token").send().status());
        assertEquals(401, Call.post(world.refresh, "/api/auth/refresh").send().status(), "no cookie");
    }

    @Test
    void concurrentRefreshesOfOneTokenLetExactlyOneThrough() throws Exception {
        var shopper = Shoppers.signUp(world, "+998 90 100 00 05", "Race", null);
        var results = race(8, () -> Call.post(world.refresh, "/api/auth/refresh").cookie(SessionCookie.NAME, shopper.refreshToken()).send().status());
        assertEquals(1, results.stream().filter(s -> s == 200).count(), results.toString());
        assertEquals(7, results.stream().filter(s -> s == 401).count(), results.toString());
    }

    @Test
    void twoRegistrationsOfOnePhoneCannotBothSucceed() throws Exception {
        var phone = Phone.parse("+998 90 100 00 06");
        var results = race(6, () -> {
            try {
                var now = world.clock.instant();
                world.users.create(new User(Ids.newId(), phone, "Twin", Role.CUSTOMER, false, java.util.Optional.empty(), now, now));
                return 1;
            } catch (PhoneTakenException e) {
                return 0;
            }
        });
        assertEquals(1, results.stream().mapToInt(Integer::intValue).sum(), results.toString());

        world.clock.advance(Duration.ofSeconds(61));
        assertEquals(202, Shoppers.askCode(world, phone.value(), "register").status());
        var again = register(phone.value(), world.lastCodeSentTo(phone.value()));
        assertEquals(409, again.status(), again.body());
    }

    @Test
    void neitherTheCodeRequestNorAFailedLoginTellsWhetherAnAccountExists() {
        Shoppers.signUp(world, "+998 90 111 00 67", "Known", "known-password");
        Shoppers.signUp(world, "+998 90 333 00 67", "Known Without Password", null);
        world.clock.advance(Duration.ofSeconds(61));
        String unknown = "+998902220067";

        for (String purpose : List.of("login", "register")) {
            var known = Shoppers.askCode(world, "+998901110067", purpose);
            var stranger = Shoppers.askCode(world, unknown, purpose);
            assertEquals(known.status(), stranger.status());
            assertEquals(known.body(), stranger.body(), "the same answer, byte for byte (" + purpose + ")");
            world.clock.advance(Duration.ofSeconds(61));
        }

        var wrongPassword = login("+998901110067", "\"password\":\"not-the-password\"");
        var noAccount = login(unknown, "\"password\":\"not-the-password\"");
        var noPassword = login("+998903330067", "\"password\":\"not-the-password\"");
        assertEquals(401, wrongPassword.status());
        assertEquals(wrongPassword.body(), noAccount.body());
        assertEquals(wrongPassword.body(), noPassword.body());

        var wrongCodeKnown = login("+998901110067", "\"code\":\"000001\"");
        var wrongCodeUnknown = login(unknown, "\"code\":\"000001\"");
        assertEquals(400, wrongCodeKnown.status());
        assertEquals(wrongCodeKnown.body(), wrongCodeUnknown.body());
    }

    @Test
    void passwordsAndCodesAreStoredOnlyAsHashes() {
        var shopper = Shoppers.signUp(world, "+998 90 100 00 07", "Hashed", "correct horse battery");
        world.clock.advance(Duration.ofSeconds(61));
        assertEquals(202, Shoppers.askCode(world, shopper.phone(), "login").status());
        String code = world.lastCodeSentTo(shopper.phone());

        var user = world.table.get("user#" + shopper.userId(), "profile").orElseThrow();
        assertTrue(user.get("passwordHash").s().startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), user.get("passwordHash").s());
        var everything = world.aws.dynamoDb().scanPaginator(r -> r.tableName(world.table.name())).items().stream().map(Object::toString).toList();
        assertFalse(everything.stream().anyMatch(item -> item.contains("correct horse battery")), "no plain password anywhere");
        assertFalse(everything.stream().anyMatch(item -> item.contains(shopper.refreshToken())), "no plain refresh token anywhere");
        var challenge = world.table.get("otp#" + shopper.phone(), "challenge").orElseThrow();
        assertFalse(challenge.toString().contains("\"" + code + "\"") || challenge.get("codeHash").s().contains(code));
        assertEquals(64, challenge.get("codeHash").s().length(), "an HMAC-SHA256");
        assertTrue(world.passwords.matches("correct horse battery", user.get("passwordHash").s()));
    }

    @Test
    void oneShopperCanNeverSeeOrChangeAnothersAddresses() {
        var alice = Shoppers.signUp(world, "+998 90 200 00 01", "Alice", null);
        var bob = Shoppers.signUp(world, "+998 90 200 00 02", "Bob", null);
        var bobs = Call.post(world.addresses, "/api/me/addresses").bearer(bob.accessToken())
                .json("{\"region\":\"UZ-SA\",\"district\":\"Samarqand shahri\",\"street\":\"Registon ko‘chasi 1\",\"recipientPhone\":\"+998902000002\"}").send();
        assertEquals(201, bobs.status(), bobs.body());
        String bobsId = bobs.text("/id");

        assertEquals(0, Call.get(world.addresses, "/api/me/addresses").bearer(alice.accessToken()).send().json().path("items").size());
        var steal = Call.withId(world.addresses, "PATCH", "/api/me/addresses/{id}", bobsId).bearer(alice.accessToken())
                .json("{\"street\":\"Somewhere else 2\"}").send();
        assertEquals(404, steal.status(), "not 403: the id is not even confirmed");
        assertEquals(404, Call.withId(world.addresses, "DELETE", "/api/me/addresses/{id}", bobsId).bearer(alice.accessToken()).send().status());
        var still = Call.get(world.addresses, "/api/me/addresses").bearer(bob.accessToken()).send();
        assertEquals("Registon ko‘chasi 1", still.text("/items/0/street"));

        assertEquals("Alice", Call.get(world.profile, "/api/me").bearer(alice.accessToken()).send().text("/name"));
        var phoneChange = Call.patch(world.profile, "/api/me").bearer(alice.accessToken()).json("{\"phone\":\"+998902000002\"}").send();
        assertEquals(400, phoneChange.status());
        assertEquals("phone", phoneChange.errorField(0));
        assertEquals("Bob", Call.get(world.profile, "/api/me").bearer(bob.accessToken()).send().text("/name"));
    }

    private static Call.Answer register(String phone, String code) {
        return Call.post(world.register, "/api/auth/register").json("{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\",\"name\":\"Guess\"}").send();
    }

    private static Call.Answer login(String phone, String secretField) {
        return Call.post(world.login, "/api/auth/login").json("{\"phone\":\"" + phone + "\"," + secretField + "}").send();
    }

    private static <T> List<T> race(int threads, Callable<T> task) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var f : futures) results.add(f.get());
            return results;
        }
    }
}
