package uz.ultramarket.accounts.customers;

import java.time.Instant;
import uz.ultramarket.accounts.account.User;
import uz.ultramarket.core.auth.Role;

/** A customer as the admin console lists them, and as the audit log records them before and after a change. */
public record CustomerView(String id, String phone, String name, Role role, boolean blocked, Instant createdAt) {

    public static CustomerView of(User user) {
        return new CustomerView(user.id(), user.phone().value(), user.name(), user.role(), user.blocked(), user.createdAt());
    }

    public CustomerView withRole(Role newRole) {
        return new CustomerView(id, phone, name, newRole, blocked, createdAt);
    }

    public CustomerView withBlocked(boolean nowBlocked) {
        return new CustomerView(id, phone, name, role, nowBlocked, createdAt);
    }
}
