package uz.ultramarket.accounts.account;

import java.time.Instant;
import java.util.Optional;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.phone.Phone;

/** A customer or admin account. {@code passwordHash} is an Argon2id PHC string; many accounts have none (SMS codes only). */
public record User(String id, Phone phone, String name, Role role, Optional<String> passwordHash, Instant createdAt, Instant updatedAt) {

    public User {
        passwordHash = passwordHash == null ? Optional.empty() : passwordHash;
    }
}
