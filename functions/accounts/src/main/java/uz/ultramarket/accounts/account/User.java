package uz.ultramarket.accounts.account;

import java.time.Instant;
import java.util.Optional;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.phone.Phone;

/**
 * A customer's or staff member's account. {@code passwordHash} is an Argon2id PHC string; many accounts have none (SMS
 * codes only). A {@code blocked} account cannot sign in, renew a session or check out.
 */
public record User(String id, Phone phone, String name, Role role, boolean blocked, Optional<String> passwordHash, Instant createdAt, Instant updatedAt) {

    public User {
        passwordHash = passwordHash == null ? Optional.empty() : passwordHash;
    }
}
