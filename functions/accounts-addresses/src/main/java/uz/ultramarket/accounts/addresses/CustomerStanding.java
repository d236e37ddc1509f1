package uz.ultramarket.accounts.addresses;

import static uz.ultramarket.accounts.store.AccountsTable.BLOCKED;
import static uz.ultramarket.accounts.store.AccountsTable.PROFILE;
import static uz.ultramarket.accounts.store.AccountsTable.flag;
import static uz.ultramarket.accounts.store.AccountsTable.userKey;

import uz.ultramarket.accounts.store.AccountsTable;

/** Whether an admin has blocked a customer, for contexts outside the accounts (checkout refuses a blocked customer). */
public final class CustomerStanding {

    private final AccountsTable table;

    public CustomerStanding(AccountsTable table) {
        this.table = table;
    }

    /**
     * Whether {@code userId}'s account is blocked, read consistently (a block takes effect at once, not after the access
     * token expires). False when there is no such account: the caller's signed token names one that exists.
     */
    public boolean isBlocked(String userId) {
        return table.get(userKey(userId), PROFILE).map(item -> flag(item, BLOCKED)).orElse(false);
    }
}
