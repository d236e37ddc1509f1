package uz.ultramarket.accounts.account;

import static uz.ultramarket.accounts.store.AccountsTable.BLOCKED;
import static uz.ultramarket.accounts.store.AccountsTable.NAME;
import static uz.ultramarket.accounts.store.AccountsTable.PHONE;
import static uz.ultramarket.accounts.store.AccountsTable.PROFILE;
import static uz.ultramarket.accounts.store.AccountsTable.ROLE;
import static uz.ultramarket.accounts.store.AccountsTable.SK;
import static uz.ultramarket.accounts.store.AccountsTable.USER_ID;
import static uz.ultramarket.accounts.store.AccountsTable.bool;
import static uz.ultramarket.accounts.store.AccountsTable.contendedAt;
import static uz.ultramarket.accounts.store.AccountsTable.failedAt;
import static uz.ultramarket.accounts.store.AccountsTable.flag;
import static uz.ultramarket.accounts.store.AccountsTable.instant;
import static uz.ultramarket.accounts.store.AccountsTable.key;
import static uz.ultramarket.accounts.store.AccountsTable.optionalText;
import static uz.ultramarket.accounts.store.AccountsTable.s;
import static uz.ultramarket.accounts.store.AccountsTable.text;
import static uz.ultramarket.accounts.store.AccountsTable.userKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import uz.ultramarket.accounts.store.AccountsTable;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.phone.Phone;

/**
 * Accounts in the accounts table: the user ({@code user#<id>}/{@code profile}) and the claim on its phone number
 * ({@code phone#<+998…>}/{@code user}). Both are written in one transaction whose condition is that neither exists, so
 * two registrations of one phone cannot both succeed.
 */
public final class UserStore {

    private static final String PHONE_CLAIM = "user";

    /** Accounts in the table's order; {@code lastId} continues after the last one, present only when more match. */
    public record Page(List<User> users, Optional<String> lastId) {}

    private final AccountsTable table;

    public UserStore(AccountsTable table) {
        this.table = table;
    }

    private static String phoneKey(Phone phone) {
        return "phone#" + phone.value();
    }

    /** Stores a new account; {@link PhoneTakenException} when the phone already has one. */
    public void create(User user) {
        var claim = new HashMap<>(key(phoneKey(user.phone()), PHONE_CLAIM));
        claim.put(USER_ID, s(user.id()));
        try {
            table.db().transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().put(p -> p.tableName(table.name()).item(claim)
                            .conditionExpression("attribute_not_exists(pk)")).build(),
                    TransactWriteItem.builder().put(p -> p.tableName(table.name()).item(item(user))
                            .conditionExpression("attribute_not_exists(pk)")).build()));
        } catch (TransactionCanceledException e) {
            if (failedAt(e, 0)) throw new PhoneTakenException();
            throw e;
        }
    }

    public Optional<User> find(String userId) {
        return table.get(userKey(userId), PROFILE).map(UserStore::user);
    }

    public Optional<User> findByPhone(Phone phone) {
        return table.get(phoneKey(phone), PHONE_CLAIM).flatMap(claim -> find(text(claim, USER_ID)));
    }

    /** Sets the name and/or password hash of an existing account; empty if there is no such account. */
    public Optional<User> update(String userId, Optional<String> name, Optional<String> passwordHash, Instant now) {
        var names = new LinkedHashMap<String, String>();
        var values = new LinkedHashMap<String, AttributeValue>();
        var sets = new StringBuilder("SET updatedAt = :now");
        values.put(":now", s(now.toString()));
        name.ifPresent(n -> { sets.append(", #name = :name"); names.put("#name", NAME); values.put(":name", s(n)); });
        passwordHash.ifPresent(h -> { sets.append(", passwordHash = :hash"); values.put(":hash", s(h)); });
        return conditionalUpdate(userId, sets.toString(), names, values);
    }

    /** Gives an account a role (the admin seed); empty if there is no such account. */
    public Optional<User> setRole(String userId, Role role, Instant now) {
        return conditionalUpdate(userId, "SET #role = :role, updatedAt = :now", Map.of("#role", ROLE),
                Map.of(":role", s(role.id()), ":now", s(now.toString())));
    }

    /**
     * Sets an account's role and blocked flag — on condition that its name, role and flag are still those of
     * {@code seen}, the account an admin decided on — in one transaction with {@code alongside} (the change's audit
     * entry). False when the account changed since {@code seen} was read, is being changed this moment, or is gone:
     * nothing was written.
     */
    public boolean changeStanding(User seen, Role role, boolean blocked, Instant now, TransactWriteItem alongside) {
        var values = new HashMap<String, AttributeValue>(Map.of(":role", s(role.id()), ":blocked", bool(blocked), ":now", s(now.toString()),
                ":seenRole", s(seen.role().id()), ":seenName", s(seen.name()), ":seenBlocked", bool(seen.blocked())));
        // an account from before blocking existed has no flag: that is "not blocked"
        String seenFlag = seen.blocked() ? "#blocked = :seenBlocked" : "(attribute_not_exists(#blocked) OR #blocked = :seenBlocked)";
        var update = TransactWriteItem.builder().update(u -> u.tableName(table.name()).key(key(userKey(seen.id()), PROFILE))
                .updateExpression("SET #role = :role, #blocked = :blocked, updatedAt = :now")
                .conditionExpression("#role = :seenRole AND #name = :seenName AND " + seenFlag)
                .expressionAttributeNames(Map.of("#role", ROLE, "#name", NAME, "#blocked", BLOCKED))
                .expressionAttributeValues(values)).build();
        try {
            table.db().transactWriteItems(r -> r.transactItems(update, alongside));
            return true;
        } catch (TransactionCanceledException e) {
            // a concurrent change to the account, landed or landing: either way what was seen may be out of date
            if (failedAt(e, 0) || contendedAt(e, 0)) return false;
            throw e;
        }
    }

    /**
     * Up to {@code limit} accounts that {@code matches} accepts, after the account {@code afterId} (a previous page's
     * {@code lastId}). A scan of the whole table with a filter, matched here: fine for thousands of accounts, not millions.
     */
    public Page scan(Predicate<User> matches, int limit, Optional<String> afterId) {
        var found = new ArrayList<User>();
        Map<String, AttributeValue> start = afterId.map(id -> key(userKey(id), PROFILE)).orElse(null);
        do {
            var exclusiveStart = start;
            var page = table.db().scan(r -> r.tableName(table.name()).consistentRead(true).exclusiveStartKey(exclusiveStart)
                    .filterExpression("#sk = :profile")
                    .expressionAttributeNames(Map.of("#sk", SK))
                    .expressionAttributeValues(Map.of(":profile", s(PROFILE))));
            for (var item : page.items()) {
                var user = user(item);
                if (!matches.test(user)) continue;
                // one more match than the page holds: there is a next page, and it starts after this page's last
                if (found.size() == limit) return new Page(List.copyOf(found), Optional.of(found.getLast().id()));
                found.add(user);
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return new Page(List.copyOf(found), Optional.empty());
    }

    private Optional<User> conditionalUpdate(String userId, String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        try {
            var response = table.db().updateItem(r -> {
                r.tableName(table.name()).key(key(userKey(userId), PROFILE)).updateExpression(expression)
                        .conditionExpression("attribute_exists(pk)").expressionAttributeValues(values).returnValues(ReturnValue.ALL_NEW);
                if (!names.isEmpty()) r.expressionAttributeNames(names);
            });
            return Optional.of(user(response.attributes()));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    private static Map<String, AttributeValue> item(User user) {
        var item = new HashMap<>(key(userKey(user.id()), PROFILE));
        item.put(USER_ID, s(user.id()));
        item.put(PHONE, s(user.phone().value()));
        item.put(NAME, s(user.name()));
        item.put(ROLE, s(user.role().id()));
        item.put(BLOCKED, bool(user.blocked()));
        user.passwordHash().ifPresent(h -> item.put("passwordHash", s(h)));
        item.put("createdAt", s(user.createdAt().toString()));
        item.put("updatedAt", s(user.updatedAt().toString()));
        return item;
    }

    private static User user(Map<String, AttributeValue> item) {
        return new User(text(item, USER_ID), new Phone(text(item, PHONE)), text(item, NAME), Role.of(text(item, ROLE)), flag(item, BLOCKED),
                optionalText(item, "passwordHash"), instant(item, "createdAt"), instant(item, "updatedAt"));
    }
}
