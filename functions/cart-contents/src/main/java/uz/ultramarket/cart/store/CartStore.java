package uz.ultramarket.cart.store;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import uz.ultramarket.cart.Cart;
import uz.ultramarket.cart.CartKey;
import uz.ultramarket.core.money.Money;

/**
 * The {@code carts} table: one item a cart, {@code pk} = {@code guest#<cart id>} or {@code customer#<user id>}, its lines
 * as a list, and a {@code version} every write must find unchanged (optimistic locking: a write that lost a race is
 * refused, never applied over the winner). Guest carts carry {@code expiresAt} (epoch seconds) 30 days after their
 * last use; DynamoDB's TTL deletes them some time after, and a read already treats them as gone.
 */
public final class CartStore {

    public static final Duration GUEST_CART_LIFETIME = Duration.ofDays(30);

    private static final String PK = "pk";
    private static final String VERSION_MATCHES = "#version = :expected";
    private static final String IS_NEW = "attribute_not_exists(pk)";

    private final DynamoDbClient db;
    private final String table;
    private final CartStarts starts;

    public CartStore(DynamoDbClient db, String table) {
        this.db = db;
        this.table = table;
        this.starts = new CartStarts(db, table);
    }

    /**
     * The cart stored under {@code key}; empty when there is none or it has expired. A guest cart read more than a day
     * after its last write has its expiry pushed on: using a cart keeps it, as writing to it does.
     */
    public Optional<Cart> find(CartKey key, Instant now) {
        var item = db.getItem(r -> r.tableName(table).key(key(key)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) return Optional.empty();
        var cart = read(key, item);
        var expiresAt = item.get("expiresAt");
        if (expiresAt != null) {
            var at = Instant.ofEpochSecond(Long.parseLong(expiresAt.n()));
            if (!at.isAfter(now)) return Optional.empty();
            if (at.isBefore(now.plus(GUEST_CART_LIFETIME).minus(Duration.ofDays(1)))) touch(cart, now);
        }
        return Optional.of(cart);
    }

    /**
     * Writes {@code cart} as version {@code cart.version() + 1} if the stored one is still {@code cart.version()} (or
     * absent, for version 0); false when another write came first.
     */
    public boolean save(Cart cart, Instant now) {
        try {
            var put = put(cart, now);
            db.putItem(r -> r.tableName(table).item(put.item()).conditionExpression(put.conditionExpression())
                    .expressionAttributeNames(put.expressionAttributeNames())
                    .expressionAttributeValues(put.expressionAttributeValues()));
            if (!cart.isStored()) starts.started(now);
            return true;
        } catch (ConditionalCheckFailedException lost) {
            return false;
        }
    }

    /** Pushes a guest cart's expiry to 30 days from {@code now}, unless it changed meanwhile (then its writer did). */
    private void touch(Cart cart, Instant now) {
        try {
            db.updateItem(r -> r.tableName(table).key(key(cart.key())).updateExpression("SET expiresAt = :expiresAt")
                    .conditionExpression(VERSION_MATCHES).expressionAttributeNames(Map.of("#version", "version"))
                    .expressionAttributeValues(Map.of(":expiresAt", epoch(now.plus(GUEST_CART_LIFETIME)),
                            ":expected", n(cart.version()))));
        } catch (ConditionalCheckFailedException changed) {
            // a write came in between, and set the expiry itself
        }
    }

    /** Deletes the cart if it is still at {@code cart.version()}; false when another write came first. */
    public boolean delete(Cart cart) {
        try {
            db.deleteItem(r -> r.tableName(table).key(key(cart.key())).conditionExpression(VERSION_MATCHES)
                    .expressionAttributeNames(Map.of("#version", "version"))
                    .expressionAttributeValues(Map.of(":expected", n(cart.version()))));
            return true;
        } catch (ConditionalCheckFailedException lost) {
            return false;
        }
    }

    /**
     * In one transaction: writes the customer's {@code merged} cart and deletes the {@code guest} cart, each only if
     * unchanged since read; false (and nothing written) when either changed.
     */
    public boolean merge(Cart merged, Cart guest, Instant now) {
        var delete = Delete.builder().tableName(table).key(key(guest.key())).conditionExpression(VERSION_MATCHES)
                .expressionAttributeNames(Map.of("#version", "version"))
                .expressionAttributeValues(Map.of(":expected", n(guest.version()))).build();
        try {
            db.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder().put(put(merged, now)).build(),
                    TransactWriteItem.builder().delete(delete).build()));
            return true;
        } catch (TransactionCanceledException lost) {
            if (lost.cancellationReasons() != null
                    && lost.cancellationReasons().stream().anyMatch(reason -> "ConditionalCheckFailed".equals(reason.code())
                            || "TransactionConflict".equals(reason.code()))) {
                return false;
            }
            throw lost;
        }
    }

    private Put put(Cart cart, Instant now) {
        var item = new HashMap<String, AttributeValue>();
        item.put(PK, AttributeValue.fromS(cart.key().pk()));
        item.put("id", AttributeValue.fromS(cart.id()));
        item.put("version", n(cart.version() + 1));
        item.put("updatedAt", AttributeValue.fromS(now.toString()));
        item.put("lines", AttributeValue.fromL(cart.lines().stream().map(line -> AttributeValue.fromM(Map.of(
                "sku", AttributeValue.fromS(line.sku()),
                "quantity", n(line.quantity()),
                "price", n(line.addedPrice().tiyin()),
                "addedAt", AttributeValue.fromS(line.addedAt().toString())))).toList()));
        if (cart.key() instanceof CartKey.Guest) item.put("expiresAt", epoch(now.plus(GUEST_CART_LIFETIME)));
        var put = Put.builder().tableName(table).item(item);
        if (cart.isStored()) {
            put.conditionExpression(VERSION_MATCHES).expressionAttributeNames(Map.of("#version", "version"))
                    .expressionAttributeValues(Map.of(":expected", n(cart.version())));
        } else {
            put.conditionExpression(IS_NEW);
        }
        return put.build();
    }

    private static Cart read(CartKey key, Map<String, AttributeValue> item) {
        List<Cart.Line> lines = item.getOrDefault("lines", AttributeValue.fromL(List.of())).l().stream().map(value -> {
            var line = value.m();
            return new Cart.Line(line.get("sku").s(), Integer.parseInt(line.get("quantity").n()),
                    Money.ofTiyin(Long.parseLong(line.get("price").n())), Instant.parse(line.get("addedAt").s()));
        }).toList();
        return new Cart(key, item.get("id").s(), lines, Long.parseLong(item.get("version").n()));
    }

    private static Map<String, AttributeValue> key(CartKey key) {
        return Map.of(PK, AttributeValue.fromS(key.pk()));
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static AttributeValue epoch(Instant instant) {
        return n(instant.getEpochSecond());
    }
}
