package uz.ultramarket.core.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a signed-in person may do: shop ({@code customer}) or also run the store ({@code admin}). */
public enum Role {
    CUSTOMER("customer"),
    ADMIN("admin");

    private final String id;

    Role(String id) { this.id = id; }

    @JsonValue
    public String id() { return id; }

    @JsonCreator
    public static Role of(String id) {
        for (var role : values()) {
            if (role.id.equals(id)) return role;
        }
        throw new IllegalArgumentException("unknown role '" + id + "': use customer or admin");
    }
}
