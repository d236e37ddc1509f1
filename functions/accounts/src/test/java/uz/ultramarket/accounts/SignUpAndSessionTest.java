package uz.ultramarket.accounts;

import uz.ultramarket.core.testing.Call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.accounts.session.SessionCookie;
import uz.ultramarket.core.json.Json;

/** The whole path a shopper takes: code by SMS, register, profile, refresh, sign out, sign in again (code or password). */
class SignUpAndSessionTest {

    private static AccountsWorld world;

    @BeforeAll
    static void start() throws Exception { world = new AccountsWorld(); }

    @AfterAll
    static void stop() throws Exception { world.close(); }

    @Test
    void theOtpSmsReachesTheNotificationsTopicAsTheMessagingContractSays() {
        var answer = Call.post(world.otp, "/api/auth/otp").header("Accept-Language", "ru").from(Shoppers.newIp())
                .json("{\"phone\":\"+998 93 111-22-33\",\"purpose\":\"register\"}").send();
        assertEquals(202, answer.status(), answer.body());
        assertEquals("+99893*****33", answer.text("/sentTo"));
        assertEquals(300, answer.json().path("expiresIn").asInt());
        assertEquals(60, answer.json().path("resendIn").asInt());

        var sms = world.smsNotifications().stream().filter(n -> n.path("recipient").asText().equals("+998931112233")).toList();
        assertEquals(1, sms.size());
        var n = sms.getFirst();
        assertEquals("sms", n.path("channel").asText());
        assertEquals("otp-code", n.path("template").asText());
        assertEquals("ru", n.path("language").asText());
        assertTrue(n.at("/parameters/code").asText().matches("\\d{6}"));
        assertTrue(n.path("idempotencyKey").asText().startsWith("otp:"));
        assertEquals(world.clock.instant().plus(Duration.ofMinutes(5)).toString(), n.path("expiresAt").asText());
    }

    @Test
    void aShopperRegistersSeesTheirProfileRefreshesSignsOutAndSignsInAgain() {
        var shopper = Shoppers.signUp(world, "90 123 45 67", "Dilnoza", "tashkent-2026");
        assertEquals("+998901234567", shopper.phone());

        var me = Call.get(world.profile, "/api/me").bearer(shopper.accessToken()).send();
        assertEquals(200, me.status(), me.body());
        assertEquals("Dilnoza", me.text("/name"));
        assertEquals("customer", me.text("/role"));
        assertEquals("+998901234567", me.text("/phone"));
        assertTrue(me.json().path("hasPassword").asBoolean());
        assertFalse(me.json().has("passwordHash"));

        var refreshed = Call.post(world.refresh, "/api/auth/refresh").cookie(SessionCookie.NAME, shopper.refreshToken()).send();
        assertEquals(200, refreshed.status(), refreshed.body());
        String next = refreshed.cookie(SessionCookie.NAME).orElseThrow();
        assertNotEquals(shopper.refreshToken(), next, "the refresh token rotates");
        assertEquals(200, Call.get(world.profile, "/api/me").bearer(refreshed.text("/accessToken")).send().status());

        var out = Call.post(world.logout, "/api/auth/logout").cookie(SessionCookie.NAME, next).send();
        assertEquals(204, out.status());
        assertEquals("", out.cookie(SessionCookie.NAME).orElseThrow());
        assertTrue(out.setCookie(SessionCookie.NAME).contains("Max-Age=0"));
        assertEquals(401, Call.post(world.refresh, "/api/auth/refresh").cookie(SessionCookie.NAME, next).send().status(),
                "a signed-out session cannot be refreshed");

        world.clock.advance(Duration.ofMinutes(2));
        assertEquals(202, Shoppers.askCode(world, "+998901234567", "login").status());
        var byCode = Call.post(world.login, "/api/auth/login")
                .json("{\"phone\":\"998901234567\",\"code\":\"" + world.lastCodeSentTo("+998901234567") + "\"}").send();
        assertEquals(200, byCode.status(), byCode.body());
        assertEquals(shopper.userId(), byCode.text("/user/id"));

        var byPassword = Call.post(world.login, "/api/auth/login").json("{\"phone\":\"+998 90 123 45 67\",\"password\":\"tashkent-2026\"}").send();
        assertEquals(200, byPassword.status(), byPassword.body());
        assertTrue(byPassword.cookie(SessionCookie.NAME).isPresent());
    }

    @Test
    void theAccessTokenIsAnEs256JwtWithKidForFifteenMinutesAndTheCookieIsLockedDown() throws Exception {
        var shopper = Shoppers.signUp(world, "+998 91 555 00 11", "Bobur", null);
        String[] parts = shopper.accessToken().split("\\.");
        var header = Json.mapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
        var claims = Json.mapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("ES256", header.path("alg").asText());
        assertEquals(world.signerKeys.current().current().kid(), header.path("kid").asText());
        assertEquals(64, Base64.getUrlDecoder().decode(parts[2]).length, "JOSE R||S, not DER");
        assertEquals(900, claims.path("exp").asLong() - claims.path("iat").asLong());
        assertEquals(shopper.userId(), claims.path("sub").asText());
        assertEquals("customer", claims.path("role").asText());

        var registeredAgain = Shoppers.askCode(world, "+998 91 555 00 12", "register");
        assertEquals(202, registeredAgain.status());
        var answer = Call.post(world.register, "/api/auth/register").header("Host", "shop.ultramarket.uz")
                .json("{\"phone\":\"+998915550012\",\"code\":\"" + world.lastCodeSentTo("+998915550012") + "\",\"name\":\"Aziz\"}").send();
        String cookie = answer.setCookie(SessionCookie.NAME);
        for (String attribute : new String[] {"HttpOnly", "Secure", "SameSite=Strict", "Path=/api/auth", "Max-Age=2592000"}) {
            assertTrue(cookie.contains(attribute), cookie);
        }
        assertFalse(answer.json().has("refreshToken"), "the refresh token is only in the cookie");
        // the local stack serves http://localhost:3000, where a browser drops Secure cookies
        var local = Call.post(world.refresh, "/api/auth/refresh").header("Host", "localhost:3000").header("X-Forwarded-Proto", "http")
                .cookie(SessionCookie.NAME, answer.cookie(SessionCookie.NAME).orElseThrow()).send();
        assertFalse(local.setCookie(SessionCookie.NAME).contains("Secure"));
        assertFalse(answer.json().path("user").path("hasPassword").asBoolean());
    }

    @Test
    void anExpiredAccessTokenIsRefusedAndARefreshGetsANewOne() {
        var shopper = Shoppers.signUp(world, "+998 97 700 00 01", "Malika", null);
        world.clock.advance(Duration.ofMinutes(15));
        var expired = Call.get(world.profile, "/api/me").bearer(shopper.accessToken()).send();
        assertEquals(401, expired.status());
        assertEquals("Bearer", expired.headers().get("WWW-Authenticate"));
        var refreshed = Call.post(world.refresh, "/api/auth/refresh").cookie(SessionCookie.NAME, shopper.refreshToken()).send();
        assertEquals(200, Call.get(world.profile, "/api/me").bearer(refreshed.text("/accessToken")).send().status());
    }

    @Test
    void theProfileNameAndPasswordChangeAndAnExistingPasswordNeedsTheCurrentOne() {
        var shopper = Shoppers.signUp(world, "+998 99 800 00 01", "Jamshid", null);
        var renamed = Call.patch(world.profile, "/api/me").bearer(shopper.accessToken()).json("{\"name\":\"Jamshid Karimov\"}").send();
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Jamshid Karimov", renamed.text("/name"));

        var first = Call.patch(world.profile, "/api/me").bearer(shopper.accessToken()).json("{\"password\":\"first-password\"}").send();
        assertEquals(200, first.status(), first.body());
        assertTrue(first.json().path("hasPassword").asBoolean());

        var noCurrent = Call.patch(world.profile, "/api/me").bearer(shopper.accessToken()).json("{\"password\":\"second-password\"}").send();
        assertEquals(400, noCurrent.status());
        assertEquals("currentPassword", noCurrent.errorField(0));
        var wrongCurrent = Call.patch(world.profile, "/api/me").bearer(shopper.accessToken())
                .json("{\"password\":\"second-password\",\"currentPassword\":\"nope-nope\"}").send();
        assertEquals(400, wrongCurrent.status());
        var changed = Call.patch(world.profile, "/api/me").bearer(shopper.accessToken())
                .json("{\"password\":\"second-password\",\"currentPassword\":\"first-password\"}").send();
        assertEquals(200, changed.status(), changed.body());
        assertEquals(200, Call.post(world.login, "/api/auth/login").json("{\"phone\":\"+998998000001\",\"password\":\"second-password\"}").send().status());
        assertEquals(401, Call.post(world.login, "/api/auth/login").json("{\"phone\":\"+998998000001\",\"password\":\"first-password\"}").send().status());
    }

    @Test
    void aCodeCanBeResentOnlyAfterAMinute() {
        assertEquals(202, Shoppers.askCode(world, "+998 94 100 00 01", "login").status());
        var tooSoon = Shoppers.askCode(world, "+998 94 100 00 01", "login");
        assertEquals(429, tooSoon.status());
        assertEquals("/api/docs#problem-too-many-requests", tooSoon.text("/type"));
        assertEquals("60", tooSoon.headers().get("Retry-After"));
        world.clock.advance(Duration.ofSeconds(61));
        assertEquals(202, Shoppers.askCode(world, "+998 94 100 00 01", "login").status());
    }

    @Test
    void codesPerPhoneAndPerAddressAreLimited() {
        // start at an hour's start, so the five codes fall in one window of the hourly limit
        world.clock.set(world.clock.instant().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS));
        for (int i = 0; i < 5; i++) {
            assertEquals(202, Shoppers.askCode(world, "+998 95 200 00 01", "register").status(), "code " + (i + 1));
            world.clock.advance(Duration.ofSeconds(61));
        }
        var sixth = Shoppers.askCode(world, "+998 95 200 00 01", "register");
        assertEquals(429, sixth.status());
        assertTrue(sixth.text("/detail").contains("this phone number"), sixth.body());

        String ip = Shoppers.newIp();
        int sent = 0;
        Call.Answer last = null;
        for (int i = 0; i < 25; i++) {
            last = Call.post(world.otp, "/api/auth/otp").from(ip).json("{\"phone\":\"+99833300" + String.format("%04d", i) + "\",\"purpose\":\"login\"}").send();
            if (last.status() == 202) sent++;
            else break;
        }
        assertEquals(20, sent);
        assertEquals(429, last.status());
        assertTrue(last.text("/detail").contains("network"), last.body());
    }
}
