package uz.ultramarket.accounts.account;

import static uz.ultramarket.accounts.store.AccountsTable.PROFILE;
import static uz.ultramarket.accounts.store.AccountsTable.failedAt;
import static uz.ultramarket.accounts.store.AccountsTable.instant;
import static uz.ultramarket.accounts.store.AccountsTable.key;
import static uz.ultramarket.accounts.store.AccountsTable.optionalText;
import static uz.ultramarket.accounts.store.AccountsTable.s;
import static uz.ultramarket.accounts.store.AccountsTable.text;
import static uz.ultramarket.accounts.store.AccountsTable.userKey;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
        claim.put("userId", s(user.id()));
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
        return table.get(phoneKey(phone), PHONE_CLAIM).flatMap(claim -> find(text(claim, "userId")));
    }

    /** Sets the name and/or password hash of an existing account; empty if there is no such account. */
    public Optional<User> update(String userId, Optional<String> name, Optional<String> passwordHash, Instant now) {
        var names = new LinkedHashMap<String, String>();
        var values = new LinkedHashMap<String, AttributeValue>();
        var sets = new StringBuilder("SET updatedAt = :now");
        values.put(":now", s(now.toString()));
        name.ifPresent(n -> { sets.append(", #name = :name"); names.put("#name", "name"); values.put(":name", s(n)); });
        passwordHash.ifPresent(h -> { sets.append(", passwordHash = :hash"); values.put(":hash", s(h)); });
        return conditionalUpdate(userId, sets.toString(), names, values);
    }

    /** Makes an account a store admin; empty if there is no such account. */
    public Optional<User> setRole(String userId, Role role, Instant now) {
        return conditionalUpdate(userId, "SET #role = :role, updatedAt = :now", Map.of("#role", "role"),
                Map.of(":role", s(role.id()), ":now", s(now.toString())));
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
        item.put("userId", s(user.id()));
        item.put("phone", s(user.phone().value()));
        item.put("name", s(user.name()));
        item.put("role", s(user.role().id()));
        user.passwordHash().ifPresent(h -> item.put("passwordHash", s(h)));
        item.put("createdAt", s(user.createdAt().toString()));
        item.put("updatedAt", s(user.updatedAt().toString()));
        return item;
    }

    private static User user(Map<String, AttributeValue> item) {
        return new User(text(item, "userId"), new Phone(text(item, "phone")), text(item, "name"), Role.of(text(item, "role")),
                optionalText(item, "passwordHash"), instant(item, "createdAt"), instant(item, "updatedAt"));
    }
}
