package uz.ultramarket.accounts.addresses;

import static uz.ultramarket.accounts.store.AccountsTable.PHONE;
import static uz.ultramarket.accounts.store.AccountsTable.PROFILE;
import static uz.ultramarket.accounts.store.AccountsTable.text;
import static uz.ultramarket.accounts.store.AccountsTable.userKey;

import java.util.Optional;
import uz.ultramarket.accounts.store.AccountsTable;
import uz.ultramarket.core.phone.Phone;

/** A customer's own phone number (their identity, where order SMS go), for contexts outside the accounts. */
public final class CustomerPhones {

    private final AccountsTable table;

    public CustomerPhones(AccountsTable table) {
        this.table = table;
    }

    /** The phone of {@code userId}'s account; empty when there is no such account. */
    public Optional<Phone> of(String userId) {
        return table.get(userKey(userId), PROFILE).map(item -> new Phone(text(item, PHONE)));
    }
}
