package uz.ultramarket.accounts.addresses;

import static uz.ultramarket.accounts.store.AccountsTable.PROFILE;
import static uz.ultramarket.accounts.store.AccountsTable.failedAt;
import static uz.ultramarket.accounts.store.AccountsTable.instant;
import static uz.ultramarket.accounts.store.AccountsTable.key;
import static uz.ultramarket.accounts.store.AccountsTable.n;
import static uz.ultramarket.accounts.store.AccountsTable.optionalText;
import static uz.ultramarket.accounts.store.AccountsTable.s;
import static uz.ultramarket.accounts.store.AccountsTable.text;
import static uz.ultramarket.accounts.store.AccountsTable.userKey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import uz.ultramarket.accounts.store.AccountsTable;
import uz.ultramarket.core.phone.Phone;

/**
 * Addresses live under their owner's key ({@code user#<id>}/{@code address#<id>}): every read and write names the
 * owner, so one customer's address id means nothing under another's key. The user item counts them
 * ({@code addressCount}), changed in the same transaction as the address, so the limit holds under concurrency.
 */
public final class AddressBook {

    public static final int MAX_ADDRESSES = 20;
    private static final String PREFIX = "address#";

    /** Why an address could not be added. */
    public enum AddOutcome { ADDED, FULL, NO_SUCH_USER }

    private final AccountsTable table;

    public AddressBook(AccountsTable table) {
        this.table = table;
    }

    public List<Address> list(String userId) {
        return table.db().queryPaginator(r -> r.tableName(table.name()).consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", s(userKey(userId)), ":prefix", s(PREFIX))))
                .items().stream().map(AddressBook::address).toList();
    }

    public Optional<Address> find(String userId, String addressId) {
        return table.get(userKey(userId), PREFIX + addressId).map(AddressBook::address);
    }

    public AddOutcome add(String userId, Address address) {
        try {
            table.db().transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().update(u -> u.tableName(table.name()).key(key(userKey(userId), PROFILE))
                            .updateExpression("ADD addressCount :one")
                            .conditionExpression("attribute_exists(pk) AND (attribute_not_exists(addressCount) OR addressCount < :max)")
                            .expressionAttributeValues(Map.of(":one", n(1), ":max", n(MAX_ADDRESSES)))).build(),
                    TransactWriteItem.builder().put(p -> p.tableName(table.name()).item(item(userId, address))
                            .conditionExpression("attribute_not_exists(pk)")).build()));
            return AddOutcome.ADDED;
        } catch (TransactionCanceledException e) {
            if (failedAt(e, 0)) return table.get(userKey(userId), PROFILE).isPresent() ? AddOutcome.FULL : AddOutcome.NO_SUCH_USER;
            throw e;
        }
    }

    /** Replaces an existing address of {@code userId}; false if it has none with that id. */
    public boolean replace(String userId, Address address) {
        try {
            table.db().putItem(r -> r.tableName(table.name()).item(item(userId, address)).conditionExpression("attribute_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Deletes an address of {@code userId}; false if it has none with that id. */
    public boolean delete(String userId, String addressId) {
        try {
            table.db().transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().delete(d -> d.tableName(table.name()).key(key(userKey(userId), PREFIX + addressId))
                            .conditionExpression("attribute_exists(pk)")).build(),
                    TransactWriteItem.builder().update(u -> u.tableName(table.name()).key(key(userKey(userId), PROFILE))
                            .updateExpression("ADD addressCount :minus").conditionExpression("attribute_exists(pk)")
                            .expressionAttributeValues(Map.of(":minus", n(-1)))).build()));
            return true;
        } catch (TransactionCanceledException e) {
            if (failedAt(e, 0)) return false;
            throw e;
        }
    }

    private static Map<String, AttributeValue> item(String userId, Address a) {
        var item = new HashMap<>(key(userKey(userId), PREFIX + a.id()));
        item.put("addressId", s(a.id()));
        item.put("region", s(a.region().code()));
        item.put("district", s(a.district()));
        item.put("street", s(a.street()));
        a.landmark().ifPresent(v -> item.put("landmark", s(v)));
        a.recipientName().ifPresent(v -> item.put("recipientName", s(v)));
        item.put("recipientPhone", s(a.recipientPhone().value()));
        item.put("createdAt", s(a.createdAt().toString()));
        item.put("updatedAt", s(a.updatedAt().toString()));
        return item;
    }

    private static Address address(Map<String, AttributeValue> item) {
        return new Address(text(item, "addressId"), Region.of(text(item, "region")), text(item, "district"), text(item, "street"),
                optionalText(item, "landmark"), optionalText(item, "recipientName"), new Phone(text(item, "recipientPhone")),
                instant(item, "createdAt"), instant(item, "updatedAt"));
    }
}
