package uz.ultramarket.accounts.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The {@code accounts} table ({@code pk}, {@code sk}, TTL {@code expiresAt} in epoch seconds) and the few helpers every
 * store of this module uses. Items are told apart by key prefix; see functions/accounts/README.md for the layout.
 */
public record AccountsTable(DynamoDbClient db, String name) {

    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String EXPIRES_AT = "expiresAt";
    /** The sort key of a user's own item (name, phone, role); the user's addresses share its partition. */
    public static final String PROFILE = "profile";

    // The user item's attributes, named once here: the accounts write them, other contexts read a few.
    public static final String USER_ID = "userId";
    public static final String PHONE = "phone";
    public static final String NAME = "name";
    public static final String ROLE = "role";
    /** True while an admin has blocked the account (absent on accounts from before blocking existed: not blocked). */
    public static final String BLOCKED = "blocked";

    /** The partition of a user: {@code user#<id>}. */
    public static String userKey(String userId) {
        return "user#" + userId;
    }

    public static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, s(pk), SK, s(sk));
    }

    public Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        var item = db.getItem(r -> r.tableName(name).key(key(pk, sk)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    public static AttributeValue epoch(Instant instant) {
        return n(instant.getEpochSecond());
    }

    public static String text(Map<String, AttributeValue> item, String attribute) {
        var value = item.get(attribute);
        return value == null ? null : value.s();
    }

    public static Optional<String> optionalText(Map<String, AttributeValue> item, String attribute) {
        return Optional.ofNullable(text(item, attribute));
    }

    /** A boolean attribute; absent is false. */
    public static boolean flag(Map<String, AttributeValue> item, String attribute) {
        var value = item.get(attribute);
        return value != null && Boolean.TRUE.equals(value.bool());
    }

    public static long number(Map<String, AttributeValue> item, String attribute) {
        var value = item.get(attribute);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }

    public static Instant instant(Map<String, AttributeValue> item, String attribute) {
        return Instant.parse(text(item, attribute));
    }

    /** Whether the transaction's {@code index}-th action was the one whose condition failed. */
    public static boolean failedAt(TransactionCanceledException e, int index) {
        return reasonAt(e, index, "ConditionalCheckFailed");
    }

    /** Whether the transaction's {@code index}-th item was being written by another transaction at the same moment. */
    public static boolean contendedAt(TransactionCanceledException e, int index) {
        return reasonAt(e, index, "TransactionConflict");
    }

    private static boolean reasonAt(TransactionCanceledException e, int index, String code) {
        var reasons = e.cancellationReasons();
        if (reasons == null || reasons.size() <= index) return false;
        CancellationReason reason = reasons.get(index);
        return code.equals(reason.code());
    }
}
