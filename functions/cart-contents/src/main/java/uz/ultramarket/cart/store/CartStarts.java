package uz.ultramarket.cart.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * How many carts were started each Asia/Tashkent day — one counter item a day in the carts table
 * ({@code starts#<yyyy-MM-dd>}, attribute {@code started}) — for the dashboard's cart-to-order conversion.
 */
public final class CartStarts {

    private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Tashkent");

    private final DynamoDbClient db;
    private final String table;

    public CartStarts(DynamoDbClient db, String table) {
        this.db = db;
        this.table = table;
    }

    /** Counts one cart started at {@code at}. */
    public void started(Instant at) {
        db.updateItem(r -> r.tableName(table).key(key(LocalDate.ofInstant(at, SHOP_ZONE)))
                .updateExpression("ADD started :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
    }

    /** The carts started on each day from {@code from} to {@code to} (inclusive); days without any are absent. */
    public Map<LocalDate, Long> between(LocalDate from, LocalDate to) {
        var counts = new HashMap<LocalDate, Long>();
        var keys = new ArrayList<Map<String, AttributeValue>>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) keys.add(key(day));
        for (int i = 0; i < keys.size(); i += 100) {
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys.subList(i, Math.min(i + 100, keys.size()))).build());
            while (!request.isEmpty()) {
                var asked = request;
                var response = db.batchGetItem(b -> b.requestItems(asked));
                for (var item : response.responses().getOrDefault(table, List.of())) {
                    counts.put(LocalDate.parse(item.get("pk").s().substring("starts#".length())), Long.parseLong(item.get("started").n()));
                }
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return counts;
    }

    private static Map<String, AttributeValue> key(LocalDate day) {
        return Map.of("pk", AttributeValue.fromS("starts#" + day));
    }
}
