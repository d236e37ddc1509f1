package uz.ultramarket.accounts.register;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.inject.Inject;
import uz.ultramarket.accounts.account.PasswordHasher;
import uz.ultramarket.accounts.account.PhoneTakenException;
import uz.ultramarket.accounts.account.User;
import uz.ultramarket.accounts.account.UserStore;
import uz.ultramarket.accounts.otp.OtpPurpose;
import uz.ultramarket.accounts.otp.OtpVerifier;
import uz.ultramarket.accounts.session.Session;
import uz.ultramarket.accounts.session.SessionService;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.core.phone.Phone;

/**
 * A new customer account from a phone, the code sent to it for {@code register}, a name and, optionally, a password.
 * The code is checked first, so only the phone's owner ever learns that it is already registered (409).
 */
public final class RegisterService {

    private final OtpVerifier otp;
    private final UserStore users;
    private final PasswordHasher passwords;
    private final SessionService sessions;
    private final Clock clock;

    @Inject
    public RegisterService(OtpVerifier otp, UserStore users, PasswordHasher passwords, SessionService sessions, Clock clock) {
        this.otp = otp;
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = clock;
    }

    public Session register(Phone phone, String code, String name, Optional<String> password) {
        otp.verify(phone, OtpPurpose.REGISTER, code);
        Instant now = clock.instant();
        var user = new User(Ids.newId(), phone, name, Role.CUSTOMER, false, password.map(passwords::hash), now, now);
        try {
            users.create(user);
        } catch (PhoneTakenException e) {
            throw ApiException.conflict("This phone number already has an account; sign in instead.");
        }
        return sessions.start(user);
    }
}
