package uz.ultramarket.accounts.customers;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.inject.Inject;
import uz.ultramarket.accounts.account.User;
import uz.ultramarket.accounts.account.UserStore;
import uz.ultramarket.accounts.addresses.AddressBook;
import uz.ultramarket.core.audit.AuditTrail;
import uz.ultramarket.core.auth.Caller;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;

/**
 * An admin's work on customers: find them by phone or name, look at one, block or unblock them, give them a role. Every
 * change is written on condition that the account is still as the admin's request found it, together with its audit
 * entry; when another admin changed it in between, the change is decided again on the account as it is now.
 */
public final class AdminCustomersService {

    public static final int DEFAULT_PAGE = 25;
    public static final int MAX_PAGE = 100;
    // each lost race means another admin's change landed; a handful of them in a row is not a real workload
    private static final int TRIES = 5;
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z]{1,64}");
    private static final Pattern PHONE_TYPED = Pattern.compile("[+\\d\\s()-]*\\d[+\\d\\s()-]*");

    /** One page of customers; {@code nextCursor} is absent on the last. */
    public record Page(List<CustomerView> items, Optional<String> nextCursor) {}

    private final UserStore users;
    private final AddressBook addresses;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public AdminCustomersService(UserStore users, AddressBook addresses, AuditTrail audit, Clock clock) {
        this.users = users;
        this.addresses = addresses;
        this.audit = audit;
        this.clock = clock;
    }

    /** Customers whose phone has the digits of {@code q} (any part) or whose name has {@code q} (any case); all without it. */
    public Page search(Optional<String> q, int limit, Optional<String> cursor) {
        var page = users.scan(matching(q), limit, cursor.map(AdminCustomersService::afterId));
        return new Page(page.users().stream().map(CustomerView::of).toList(), page.lastId().map(AdminCustomersService::cursorOf));
    }

    public CustomerDetails get(String id) {
        var user = find(id);
        return CustomerDetails.of(user, addresses.list(user.id()));
    }

    /** Blocks or unblocks {@code id}; an admin cannot block their own account (no one could unblock it from their seat). */
    public CustomerView setBlocked(Caller admin, String id, boolean blocked) {
        if (blocked && admin.userId().equals(id)) {
            throw ApiException.conflict("You cannot block your own account.", new FieldError("blocked", "cannot be true for your own account"));
        }
        return change(admin, id, blocked ? "customer.block" : "customer.unblock", customer -> customer.withBlocked(blocked));
    }

    /** Gives {@code id} a role; an admin cannot take away their own admin role (another admin has to). */
    public CustomerView setRole(Caller admin, String id, Role role) {
        if (role != Role.ADMIN && admin.userId().equals(id)) {
            throw ApiException.conflict("You cannot take away your own admin role; another admin can.",
                    new FieldError("role", "must stay admin for your own account"));
        }
        return change(admin, id, "customer.role", customer -> customer.withRole(role));
    }

    private CustomerView change(Caller admin, String id, String action, UnaryOperator<CustomerView> decide) {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            var seen = find(id);
            var before = CustomerView.of(seen);
            var after = decide.apply(before);
            if (after.equals(before)) return before; // nothing changes, so nothing is written or recorded
            var entry = audit.entry(admin, action, "customer:" + id, before, after);
            if (users.changeStanding(seen, after.role(), after.blocked(), clock.instant(), audit.append(entry))) return after;
        }
        throw ApiException.conflict("The customer's account kept changing while this was saved; look at it again and retry.");
    }

    private User find(String id) {
        return Optional.ofNullable(id).filter(i -> ID.matcher(i).matches()).flatMap(users::find)
                .orElseThrow(() -> ApiException.notFound("There is no customer " + id + "."));
    }

    private static Predicate<User> matching(Optional<String> q) {
        if (q.isEmpty()) return user -> true;
        String typed = q.get();
        if (PHONE_TYPED.matcher(typed).matches()) {
            String digits = typed.replaceAll("\\D", "");
            return user -> user.phone().value().contains(digits);
        }
        String part = typed.toLowerCase(Locale.ROOT);
        return user -> user.name().toLowerCase(Locale.ROOT).contains(part);
    }

    private static String cursorOf(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.getBytes(StandardCharsets.UTF_8));
    }

    private static String afterId(String cursor) {
        try {
            String id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (ID.matcher(id).matches()) return id;
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ApiException.badRequest("The cursor is not one this list gave.", new FieldError("cursor", "must be a nextCursor of this list"));
    }
}
