package uz.ultramarket.accounts.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import uz.ultramarket.accounts.account.PhoneTakenException;
import uz.ultramarket.accounts.account.User;
import uz.ultramarket.accounts.account.UserStore;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.core.phone.Phone;

/**
 * Makes the phone in the operator's {@code admin-bootstrap-phone} secret a store admin: creates the account if the
 * phone has none (no password: the admin signs in with an SMS code), or raises the existing one to admin. Runs on
 * every deploy; an empty secret does nothing, so a stage without an admin yet deploys.
 */
public final class AdminSeed {

    private static final Logger LOG = LoggerFactory.getLogger(AdminSeed.class);

    /** What happened, for the deploy's log and the custom resource's data. */
    public enum Outcome { CREATED, PROMOTED, ALREADY_ADMIN, NO_PHONE_SET }

    private final UserStore users;
    private final SecretsManagerClient secrets;
    private final String secretId;
    private final Clock clock;

    public AdminSeed(UserStore users, SecretsManagerClient secrets, String secretId, Clock clock) {
        this.users = users;
        this.secrets = secrets;
        this.secretId = secretId;
        this.clock = clock;
    }

    public Outcome run() {
        Optional<Phone> phone = configuredPhone();
        if (phone.isEmpty()) {
            LOG.info("The admin-bootstrap-phone secret is empty: no admin seeded");
            return Outcome.NO_PHONE_SET;
        }
        return seed(phone.get());
    }

    public Outcome seed(Phone phone) {
        Instant now = clock.instant();
        var existing = users.findByPhone(phone);
        if (existing.isPresent()) {
            if (existing.get().role() == Role.ADMIN) return Outcome.ALREADY_ADMIN;
            users.setRole(existing.get().id(), Role.ADMIN, now);
            LOG.info("Made {} a store admin", phone.masked());
            return Outcome.PROMOTED;
        }
        try {
            users.create(new User(Ids.newId(), phone, "Admin", Role.ADMIN, false, Optional.empty(), now, now));
        } catch (PhoneTakenException raced) {
            return seed(phone); // registered a moment ago: promote it
        }
        LOG.info("Created the store admin {}", phone.masked());
        return Outcome.CREATED;
    }

    private Optional<Phone> configuredPhone() {
        String value;
        try {
            value = secrets.getSecretValue(r -> r.secretId(secretId)).secretString();
        } catch (ResourceNotFoundException noValue) {
            return Optional.empty();
        }
        if (value == null || value.isBlank()) return Optional.empty();
        try {
            return Optional.of(Phone.parse(value.strip().replace("\"", "")));
        } catch (Phone.InvalidPhoneException e) {
            throw new IllegalStateException("The admin-bootstrap-phone secret is not an Uzbek phone number: it " + e.getMessage(), e);
        }
    }
}
