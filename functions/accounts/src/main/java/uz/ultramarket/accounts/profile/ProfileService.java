package uz.ultramarket.accounts.profile;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import uz.ultramarket.accounts.account.PasswordHasher;
import uz.ultramarket.accounts.account.User;
import uz.ultramarket.accounts.account.UserStore;
import uz.ultramarket.core.auth.Caller;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;

/** The caller's own account — the only one this service ever reads or writes: the id comes from the verified token. */
public final class ProfileService {

    private final UserStore users;
    private final PasswordHasher passwords;
    private final Clock clock;

    @Inject
    public ProfileService(UserStore users, PasswordHasher passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    public User get(Caller caller) {
        return users.find(caller.userId()).orElseThrow(ProfileService::gone);
    }

    /** Changes the name and/or password; changing an existing password needs the current one. */
    public User update(Caller caller, Optional<String> name, Optional<String> password, Optional<String> currentPassword) {
        var user = get(caller);
        if (password.isPresent() && user.passwordHash().isPresent()) {
            if (currentPassword.isEmpty()) {
                throw ApiException.validation(List.of(new FieldError("currentPassword", "is required to change the password")));
            }
            if (!passwords.matches(currentPassword.get(), user.passwordHash().get())) {
                throw ApiException.validation(List.of(new FieldError("currentPassword", "is wrong")));
            }
        }
        return users.update(user.id(), name, password.map(passwords::hash), clock.instant()).orElseThrow(ProfileService::gone);
    }

    private static ApiException gone() {
        return ApiException.unauthorized("This account no longer exists; sign in again.");
    }
}
