package uz.ultramarket.accounts;

import uz.ultramarket.core.testing.Call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

/** Signs shoppers up through the real routes, reading each code from the SMS queue. */
public final class Shoppers {

    /** A signed-in shopper: the access token from the body, the refresh token from the cookie. */
    public record Shopper(String phone, String userId, String accessToken, String refreshToken) {}

    private static final AtomicInteger IPS = new AtomicInteger(1);

    private Shoppers() {}

    /** A fresh source address, so per-IP limits of one test do not spill into the next. */
    public static String newIp() {
        int n = IPS.getAndIncrement();
        return "10.0." + (n / 250) + "." + (n % 250 + 1);
    }

    public static Call.Answer askCode(AccountsWorld world, String phone, String purpose) {
        return Call.post(world.otp, "/api/auth/otp").from(newIp())
                .json("{\"phone\":\"" + phone + "\",\"purpose\":\"" + purpose + "\"}").send();
    }

    public static Shopper signUp(AccountsWorld world, String phone, String name, String password) {
        var sent = askCode(world, phone, "register");
        assertEquals(202, sent.status(), sent.body());
        String normalised = uz.ultramarket.core.phone.Phone.parse(phone).value();
        String code = world.lastCodeSentTo(normalised);
        String passwordField = password == null ? "" : ",\"password\":\"" + password + "\"";
        var registered = Call.post(world.register, "/api/auth/register")
                .json("{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\",\"name\":\"" + name + "\"" + passwordField + "}").send();
        assertEquals(201, registered.status(), registered.body());
        return new Shopper(normalised, registered.text("/user/id"), registered.text("/accessToken"),
                registered.cookie("um_refresh").orElseThrow());
    }
}
