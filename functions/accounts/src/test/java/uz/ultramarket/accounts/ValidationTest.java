package uz.ultramarket.accounts;

import uz.ultramarket.core.testing.Call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every field of every accounts route is checked, and a bad one is a 400 problem+json naming it. */
class ValidationTest {

    private static AccountsWorld world;
    private static Shoppers.Shopper shopper;

    @BeforeAll
    static void start() throws Exception {
        world = new AccountsWorld();
        shopper = Shoppers.signUp(world, "+998 90 700 00 01", "Validator", null);
    }

    @AfterAll
    static void stop() throws Exception { world.close(); }

    private static Set<String> fields(Call.Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.headers().get("Content-Type"));
        assertEquals("/api/docs#problem-validation", answer.text("/type"));
        var names = new TreeSet<String>();
        answer.json().path("errors").forEach(e -> {
            names.add(e.path("field").asText());
            assertTrue(!e.path("reason").asText().isBlank());
        });
        return names;
    }

    private static Call.Answer otp(String body) {
        return Call.post(world.otp, "/api/auth/otp").from(Shoppers.newIp()).json(body).send();
    }

    @Test
    void theCodeRequest() {
        assertEquals(Set.of("phone", "purpose"), fields(otp("{}")));
        var foreign = otp("{\"phone\":\"+7 912 345 67 89\",\"purpose\":\"login\"}");
        assertEquals(Set.of("phone"), fields(foreign));
        assertTrue(foreign.text("/errors/0/reason").contains("Uzbek"), foreign.body());
        var short_ = otp("{\"phone\":\"90 123 45\",\"purpose\":\"login\"}");
        assertTrue(short_.text("/errors/0/reason").contains("9 digits"), short_.body());
        assertEquals(Set.of("phone"), fields(otp("{\"phone\":998901234567,\"purpose\":\"login\"}")));
        assertEquals(Set.of("purpose"), fields(otp("{\"phone\":\"901234567\",\"purpose\":\"reset\"}")));
        assertEquals(Set.of("extra"), fields(otp("{\"phone\":\"901234567\",\"purpose\":\"login\",\"extra\":1}")));
        assertEquals(Set.of("body"), fields(otp("[1,2]")));
        assertEquals(400, otp("{\"phone\":").status());
        assertEquals(415, Call.post(world.otp, "/api/auth/otp").header("content-type", "text/plain").send().status());
    }

    @Test
    void registration() {
        var register = Call.post(world.register, "/api/auth/register");
        assertEquals(Set.of("phone", "code", "name"), fields(register.json("{}").send()));
        assertEquals(Set.of("password"), fields(Call.post(world.register, "/api/auth/register")
                .json("{\"phone\":\"901234567\",\"code\":\"123456\",\"name\":\"A\",\"password\":\"short\"}").send()));
        assertEquals(Set.of("name"), fields(Call.post(world.register, "/api/auth/register")
                .json("{\"phone\":\"901234567\",\"code\":\"123456\",\"name\":\"" + "x".repeat(101) + "\"}").send()));
        assertEquals(Set.of("name"), fields(Call.post(world.register, "/api/auth/register")
                .json("{\"phone\":\"901234567\",\"code\":\"123456\",\"name\":\"   \"}").send()));
        assertEquals(Set.of("code"), fields(Call.post(world.register, "/api/auth/register")
                .json("{\"phone\":\"901234567\",\"code\":\"12ab\",\"name\":\"Ali\"}").send()));
    }

    @Test
    void login() {
        assertEquals(Set.of("phone", "password"), fields(Call.post(world.login, "/api/auth/login").json("{}").send()));
        assertEquals(Set.of("code"), fields(Call.post(world.login, "/api/auth/login")
                .json("{\"phone\":\"901234567\",\"password\":\"abcdefgh\",\"code\":\"123456\"}").send()));
        assertEquals(Set.of("code"), fields(Call.post(world.login, "/api/auth/login").json("{\"phone\":\"901234567\",\"code\":\"12\"}").send()));
        assertEquals(Set.of("password"), fields(Call.post(world.login, "/api/auth/login")
                .json("{\"phone\":\"901234567\",\"password\":\"" + "p".repeat(129) + "\"}").send()));
    }

    @Test
    void profile() {
        var patch = Call.patch(world.profile, "/api/me").bearer(shopper.accessToken());
        assertEquals(Set.of("body"), fields(patch.json("{}").send()));
        assertEquals(Set.of("name"), fields(Call.patch(world.profile, "/api/me").bearer(shopper.accessToken()).json("{\"name\":\"\"}").send()));
        assertEquals(Set.of("name"), fields(Call.patch(world.profile, "/api/me").bearer(shopper.accessToken()).json("{\"name\":null}").send()));
        assertEquals(Set.of("password"), fields(Call.patch(world.profile, "/api/me").bearer(shopper.accessToken()).json("{\"password\":\"1234567\"}").send()));
        assertEquals(Set.of("role"), fields(Call.patch(world.profile, "/api/me").bearer(shopper.accessToken()).json("{\"role\":\"admin\"}").send()));
    }

    @Test
    void addresses() {
        var empty = Call.post(world.addresses, "/api/me/addresses").bearer(shopper.accessToken()).json("{}").send();
        assertEquals(Set.of("region", "district", "street", "recipientPhone"), fields(empty));
        var bad = Call.post(world.addresses, "/api/me/addresses").bearer(shopper.accessToken())
                .json("{\"region\":\"UZ-XX\",\"district\":\"D\",\"street\":\"Navoiy 1\",\"landmark\":\"" + "l".repeat(201)
                        + "\",\"recipientPhone\":\"+7 912 345 67 89\"}").send();
        assertEquals(Set.of("region", "district", "landmark", "recipientPhone"), fields(bad));
        assertTrue(bad.body().contains("UZ-TK"), "the reason lists the region codes");
        var patchEmpty = Call.withId(world.addresses, "PATCH", "/api/me/addresses/{id}", "01X").bearer(shopper.accessToken()).json("{}").send();
        assertEquals(Set.of("body"), fields(patchEmpty));
        var patchNullRequired = Call.withId(world.addresses, "PATCH", "/api/me/addresses/{id}", "01X").bearer(shopper.accessToken())
                .json("{\"street\":null}").send();
        assertEquals(Set.of("street"), fields(patchNullRequired));
    }
}
