package uz.ultramarket.core.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a signed-in person may do: shop ({@code customer}); also run the catalog, stock and orders ({@code manager});
 * or all of that and customers, roles and delivery settings ({@code admin}).
 */
public enum Role {
    CUSTOMER("customer"),
    MANAGER("manager"),
    ADMIN("admin");

    private final String id;

    Role(String id) { this.id = id; }

    @JsonValue
    public String id() { return id; }

    /** Staff: a manager or an admin. */
    public boolean isStaff() { return this != CUSTOMER; }

    /** Whether this role may do what {@code needed} may: admin ⊃ manager ⊃ customer. */
    public boolean covers(Role needed) { return ordinal() >= needed.ordinal(); }

    @JsonCreator
    public static Role of(String id) {
        for (var role : values()) {
            if (role.id.equals(id)) return role;
        }
        throw new IllegalArgumentException("unknown role '" + id + "': use customer, manager or admin");
    }
}
