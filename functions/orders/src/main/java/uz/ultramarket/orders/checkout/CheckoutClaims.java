package uz.ultramarket.orders.checkout;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Idempotency records of checkouts in the {@code idempotency} table, {@code pk} = {@code checkout#<customer>#<key>}: who
 * claimed the key first, for which request (its fingerprint) and with which order number. The answer is not stored: it is
 * the order as placed, which the order itself keeps. Kept for a day ({@code expiresAt}).
 */
public final class CheckoutClaims {

    static final Duration KEPT_FOR = Duration.ofHours(24);

    /** A claim of a key: its request's fingerprint, and the order number it places. */
    public record Claim(String fingerprint, String orderNumber, Instant claimedAt) {}

    private final DynamoDbClient db;
    private final String table;

    public CheckoutClaims(DynamoDbClient db, String table) {
        this.db = db;
        this.table = table;
    }

    /** Claims {@code key} for a new checkout; empty when it was claimed before (then {@link #find} tells by whom). */
    public boolean claim(String customerId, String key, Claim claim) {
        var item = new HashMap<String, AttributeValue>();
        item.put("pk", s(pk(customerId, key)));
        item.put("fingerprint", s(claim.fingerprint()));
        item.put("orderNumber", s(claim.orderNumber()));
        item.put("claimedAt", s(claim.claimedAt().toString()));
        item.put("expiresAt", AttributeValue.fromN(Long.toString(claim.claimedAt().plus(KEPT_FOR).getEpochSecond())));
        try {
            db.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    public Optional<Claim> find(String customerId, String key) {
        var item = db.getItem(r -> r.tableName(table).key(Map.of("pk", s(pk(customerId, key)))).consistentRead(true)).item();
        if (item == null || item.isEmpty()) return Optional.empty();
        return Optional.of(new Claim(item.get("fingerprint").s(), item.get("orderNumber").s(), Instant.parse(item.get("claimedAt").s())));
    }

    /** Takes over a claim whose holder went quiet (claimed at {@code claimedAt}); false when someone else did first. */
    public boolean takeOver(String customerId, String key, Instant claimedAt, Instant now) {
        try {
            db.updateItem(r -> r.tableName(table).key(Map.of("pk", s(pk(customerId, key))))
                    .updateExpression("SET claimedAt = :now")
                    .conditionExpression("claimedAt = :then")
                    .expressionAttributeValues(Map.of(":now", s(now.toString()), ":then", s(claimedAt.toString()))));
            return true;
        } catch (ConditionalCheckFailedException lost) {
            return false;
        }
    }

    /** Forgets the claim: the checkout was refused before anything was written, and may be tried again with the key. */
    public void forget(String customerId, String key) {
        db.deleteItem(r -> r.tableName(table).key(Map.of("pk", s(pk(customerId, key)))));
    }

    private static String pk(String customerId, String key) {
        return "checkout#" + customerId + "#" + key;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
