package uz.ultramarket.accounts.login;

import java.time.Duration;
import javax.inject.Inject;
import uz.ultramarket.accounts.account.PasswordHasher;
import uz.ultramarket.accounts.account.UserStore;
import uz.ultramarket.accounts.otp.OtpPurpose;
import uz.ultramarket.accounts.otp.OtpVerifier;
import uz.ultramarket.accounts.session.Session;
import uz.ultramarket.accounts.session.SessionService;
import uz.ultramarket.accounts.store.Throttle;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.phone.Phone;

/**
 * Signs in with a phone and its password, or with the code sent to it for {@code login}. A wrong password, a phone
 * without an account and an account without a password all get the same 401 after the same Argon2id work, so neither
 * the answer nor its timing tells which numbers are customers; password tries are limited per phone.
 */
public final class LoginService {

    static final Throttle.Limit PASSWORD_TRIES = new Throttle.Limit("login-password", 10, Duration.ofMinutes(15),
            "Too many sign-in attempts for this phone number.");

    private final OtpVerifier otp;
    private final UserStore users;
    private final PasswordHasher passwords;
    private final SessionService sessions;
    private final Throttle throttle;

    @Inject
    public LoginService(OtpVerifier otp, UserStore users, PasswordHasher passwords, SessionService sessions, Throttle throttle) {
        this.otp = otp;
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    public Session withPassword(Phone phone, String password) {
        throttle.hit(PASSWORD_TRIES, phone.value());
        var user = users.findByPhone(phone).orElse(null);
        String hash = user == null ? null : user.passwordHash().orElse(null);
        if (hash == null) {
            passwords.matchNothing(password);
            throw wrongPassword();
        }
        if (!passwords.matches(password, hash)) throw wrongPassword();
        return sessions.start(user);
    }

    public Session withCode(Phone phone, String code) {
        otp.verify(phone, OtpPurpose.LOGIN, code);
        // only the phone's owner gets here (the code came to it), so saying "no account" tells no one else anything
        var user = users.findByPhone(phone).orElseThrow(() -> ApiException.unauthorized(
                "This phone number has no account yet; register with a code asked for purpose 'register'."));
        return sessions.start(user);
    }

    private static ApiException wrongPassword() {
        return ApiException.unauthorized("The phone number or password is wrong.");
    }
}
