package uz.ultramarket.accounts.account;

import java.time.Instant;
import uz.ultramarket.core.auth.Role;

/** A user as the API shows them to themselves: never the password hash, only whether there is one. */
public record UserView(String id, String phone, String name, Role role, boolean blocked, boolean hasPassword, Instant createdAt) {

    public static UserView of(User user) {
        return new UserView(user.id(), user.phone().value(), user.name(), user.role(), user.blocked(), user.passwordHash().isPresent(), user.createdAt());
    }
}
