package uz.ultramarket.accounts.customers;

import java.time.Instant;
import java.util.List;
import uz.ultramarket.accounts.account.User;
import uz.ultramarket.accounts.addresses.Address;
import uz.ultramarket.core.auth.Role;

/** One customer for the admin console, with their address book (their orders are the admin orders' list by customer). */
public record CustomerDetails(String id, String phone, String name, Role role, boolean blocked, Instant createdAt, List<Address.View> addresses) {

    public static CustomerDetails of(User user, List<Address> addresses) {
        return new CustomerDetails(user.id(), user.phone().value(), user.name(), user.role(), user.blocked(), user.createdAt(),
                addresses.stream().map(Address::view).toList());
    }
}
