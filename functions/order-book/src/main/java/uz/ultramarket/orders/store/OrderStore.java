package uz.ultramarket.orders.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.orders.Order;

/**
 * The {@code orders} table. An order is one item, {@code pk} = {@code order#<number>}, its whole value as JSON in
 * {@code body} beside the attributes the indexes and conditions need: {@code customerId} and {@code placed} (index
 * {@value #BY_CUSTOMER}, newest first), {@code status}, {@code version} (every write is conditional on it), and while an
 * online payment is awaited {@code payDue}/{@code payBy} (the sparse index {@value #AWAITING_PAYMENT}). The table's
 * stream feeds the order events; {@link OrderNumbers} counts orders in it. For staff, {@code month} (the Asia/Tashkent
 * month it was placed in) and {@code placed} make the index {@value #BY_MONTH}, and {@code paymentMethod}, {@code region}
 * and {@code phone} (the recipient's digits) are what staff filter by.
 */
public final class OrderStore {

    public static final String BY_CUSTOMER = "by-customer";
    public static final String AWAITING_PAYMENT = "awaiting-payment";
    public static final String BY_MONTH = "by-month";
    /** The shop's days and months, for staff's date filters and the dashboard. */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Tashkent");

    private static final String DUE = "due";

    /** One page of a customer's orders, newest first; {@code nextCursor} is opaque. */
    public record Page(List<Order> orders, Optional<String> nextCursor) {}

    private final DynamoDbClient db;
    private final String table;

    public OrderStore(DynamoDbClient db, String table) {
        this.db = db;
        this.table = table;
    }

    /** Writes a new order; false when one with its number exists already. */
    public boolean create(Order order) {
        try {
            db.putItem(r -> r.tableName(table).item(item(order)).conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    /** Writes {@code updated} if the stored order is still at {@code updated.version() - 1}; false when another write came first. */
    public boolean replace(Order updated) {
        try {
            db.putItem(r -> r.tableName(table).item(item(updated)).conditionExpression("#version = :expected")
                    .expressionAttributeNames(Map.of("#version", "version"))
                    .expressionAttributeValues(Map.of(":expected", n(updated.version() - 1))));
            return true;
        } catch (ConditionalCheckFailedException lost) {
            return false;
        }
    }

    /**
     * The same conditional write as {@link #replace}, as one item of a DynamoDB transaction: for a caller that must
     * write the order together with its own record (a payment's state) or not at all.
     */
    public TransactWriteItem replacement(Order updated) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item(updated)).conditionExpression("#version = :expected")
                .expressionAttributeNames(Map.of("#version", "version"))
                .expressionAttributeValues(Map.of(":expected", n(updated.version() - 1)))).build();
    }

    /** An order and, read in the same round trip, an item of another table (a payment of it, say); either may be absent. */
    public record OrderAnd(Optional<Order> order, Optional<Map<String, AttributeValue>> other) {}

    /** {@link #find} of {@code number} and the item {@code otherKey} of {@code otherTable}, in one consistent BatchGetItem. */
    public OrderAnd findWith(String number, String otherTable, Map<String, AttributeValue> otherKey) {
        var orderKey = Map.of("pk", s(key(number)));
        var wanted = new HashMap<String, KeysAndAttributes>(Map.of(
                table, KeysAndAttributes.builder().keys(orderKey).consistentRead(true).build(),
                otherTable, KeysAndAttributes.builder().keys(otherKey).consistentRead(true).build()));
        Optional<Order> order = Optional.empty();
        Optional<Map<String, AttributeValue>> other = Optional.empty();
        for (int round = 0; !wanted.isEmpty(); round++) {
            if (round == 10) throw new IllegalStateException("DynamoDB left keys unprocessed ten times over");
            var request = Map.copyOf(wanted);
            var response = db.batchGetItem(r -> r.requestItems(request));
            for (var item : response.responses().getOrDefault(table, List.of())) order = Optional.of(order(item));
            for (var item : response.responses().getOrDefault(otherTable, List.of())) other = Optional.of(item);
            wanted = new HashMap<>(response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of());
        }
        return new OrderAnd(order, other);
    }

    public Optional<Order> find(String number) {
        var item = db.getItem(r -> r.tableName(table).key(Map.of("pk", s(key(number)))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(order(item));
    }

    /** {@code customerId}'s orders, newest first, {@code limit} a page, after {@code cursor} (from the previous page). */
    public Page list(String customerId, int limit, Optional<String> cursor) {
        var start = cursor.map(c -> startKey(customerId, c));
        var response = db.query(r -> {
            r.tableName(table).indexName(BY_CUSTOMER).scanIndexForward(false).limit(limit)
                    .keyConditionExpression("customerId = :customer")
                    .expressionAttributeValues(Map.of(":customer", s(customerId)));
            start.ifPresent(r::exclusiveStartKey);
        });
        var orders = response.items().stream().map(OrderStore::order).toList();
        boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
        return new Page(orders, more ? Optional.of(cursorOf(response.lastEvaluatedKey())) : Optional.empty());
    }

    /**
     * What staff look for: orders placed on the Asia/Tashkent days {@code from}..{@code to}, optionally only one status,
     * region, payment method or customer, or whose recipient's phone contains {@code phoneDigits}.
     */
    public record Search(LocalDate from, LocalDate to, Optional<String> status, Optional<String> region,
                         Optional<String> paymentMethod, Optional<String> customerId, Optional<String> phoneDigits,
                         boolean oldestFirst) {}

    /**
     * One page of {@code search}: month by month through the index {@value #BY_MONTH} (or a customer's orders through
     * {@value #BY_CUSTOMER}), the other criteria as filters; the cursor is the last order returned, so nothing is skipped.
     */
    public Page search(Search search, int limit, Optional<String> cursor) {
        String lower = sortable(search.from().atStartOfDay(SHOP_ZONE).toInstant());
        String upper = sortable(search.to().plusDays(1).atStartOfDay(SHOP_ZONE).toInstant().minusMillis(1)) + "#~";
        var after = cursor.map(OrderStore::searchStart);
        var partitions = new ArrayList<String>();
        if (search.customerId().isPresent()) {
            partitions.add(search.customerId().get());
        } else {
            var first = YearMonth.from(search.from());
            var last = YearMonth.from(search.to());
            for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) partitions.add(month.toString());
            if (!search.oldestFirst()) java.util.Collections.reverse(partitions);
        }
        String partitionKey = search.customerId().isPresent() ? "customerId" : "month";
        var filters = new ArrayList<String>();
        var values = new HashMap<String, AttributeValue>(Map.of(":lower", s(lower), ":upper", s(upper)));
        var names = new HashMap<String, String>(Map.of("#partition", partitionKey)); // month is a reserved word
        search.status().ifPresent(v -> { filters.add("#status = :status"); values.put(":status", s(v)); names.put("#status", "status"); });
        search.region().ifPresent(v -> { filters.add("#region = :region"); values.put(":region", s(v)); names.put("#region", "region"); });
        search.paymentMethod().ifPresent(v -> { filters.add("paymentMethod = :method"); values.put(":method", s(v)); });
        search.phoneDigits().ifPresent(v -> { filters.add("contains(phone, :phone)"); values.put(":phone", s(v)); });
        var found = new ArrayList<Map<String, AttributeValue>>();
        int from = after.map(a -> partitions.indexOf(a.get(partitionKey).s())).orElse(0);
        if (from < 0) throw new BadCursorException();
        for (int i = from; i < partitions.size() && found.size() < limit; i++) {
            Map<String, AttributeValue> start = i == from ? after.orElse(null) : null;
            values.put(":partition", s(partitions.get(i)));
            do {
                var startKey = start;
                var response = db.query(r -> {
                    r.tableName(table).indexName(search.customerId().isPresent() ? BY_CUSTOMER : BY_MONTH)
                            .scanIndexForward(search.oldestFirst()).limit(Math.max(limit, 25))
                            .keyConditionExpression("#partition = :partition AND placed BETWEEN :lower AND :upper")
                            .expressionAttributeValues(values).expressionAttributeNames(names);
                    if (!filters.isEmpty()) r.filterExpression(String.join(" AND ", filters));
                    if (startKey != null) r.exclusiveStartKey(startKey);
                });
                for (var item : response.items()) {
                    if (found.size() < limit) found.add(item);
                }
                boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
                start = found.size() < limit && more ? response.lastEvaluatedKey() : null;
                if (found.size() == limit && (more || i < partitions.size() - 1
                        || response.items().indexOf(found.get(limit - 1)) < response.items().size() - 1)) {
                    return new Page(found.stream().map(OrderStore::order).toList(),
                            Optional.of(searchCursor(found.get(limit - 1), partitionKey)));
                }
            } while (start != null);
        }
        return new Page(found.stream().map(OrderStore::order).toList(), Optional.empty());
    }

    /** Online orders still awaiting payment whose pay-by time is at or before {@code now}, oldest first. */
    public List<Order> awaitingPaymentBy(Instant now, int limit) {
        return db.query(r -> r.tableName(table).indexName(AWAITING_PAYMENT).limit(limit)
                        .keyConditionExpression("payDue = :due AND payBy <= :now")
                        .expressionAttributeValues(Map.of(":due", s(DUE), ":now", s(sortable(now)))))
                .items().stream().map(OrderStore::order).toList();
    }

    /** The order an item of the table (or a stream image of one) holds; empty for the sequence item. */
    public static Optional<Order> fromItem(Map<String, String> textAttributes) {
        String body = textAttributes.get("body");
        return body == null ? Optional.empty() : Optional.of(Json.read(body, Order.class));
    }

    /** Thrown for a cursor this store did not make (or made for another customer). */
    public static final class BadCursorException extends RuntimeException {
        BadCursorException() { super("not a cursor of this list", null, false, false); }
    }

    private static Map<String, AttributeValue> item(Order order) {
        var item = new HashMap<String, AttributeValue>();
        item.put("pk", s(key(order.number())));
        item.put("number", s(order.number()));
        item.put("customerId", s(order.customerId()));
        item.put("placed", s(sortable(order.createdAt()) + "#" + order.number()));
        item.put("status", s(order.status().name()));
        item.put("version", n(order.version()));
        item.put("month", s(YearMonth.from(order.createdAt().atZone(SHOP_ZONE)).toString()));
        item.put("paymentMethod", s(order.paymentMethod().id()));
        item.put("region", s(order.address().region().code()));
        item.put("phone", s(order.address().recipientPhone().replaceAll("[^0-9]", "")));
        order.paymentDue().ifPresent(due -> {
            item.put("payDue", s(DUE));
            item.put("payBy", s(sortable(due)));
        });
        item.put("body", s(Json.write(order)));
        return item;
    }

    private static Order order(Map<String, AttributeValue> item) {
        return Json.read(item.get("body").s(), Order.class);
    }

    private static String key(String number) {
        return "order#" + number;
    }

    // index sort keys are strings: zero-padded epoch milliseconds sort as the instants do
    private static String sortable(Instant instant) {
        return String.format("%015d", instant.toEpochMilli());
    }

    private static String cursorOf(Map<String, AttributeValue> lastKey) {
        String text = lastKey.get("customerId").s() + "\n" + lastKey.get("placed").s() + "\n" + lastKey.get("pk").s();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String searchCursor(Map<String, AttributeValue> item, String partitionKey) {
        String text = partitionKey + "\n" + item.get(partitionKey).s() + "\n" + item.get("placed").s() + "\n" + item.get("pk").s();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, AttributeValue> searchStart(String cursor) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw new BadCursorException();
        }
        if (parts.length != 4 || !(parts[0].equals("month") || parts[0].equals("customerId")) || !parts[3].startsWith("order#")) {
            throw new BadCursorException();
        }
        return Map.of(parts[0], s(parts[1]), "placed", s(parts[2]), "pk", s(parts[3]));
    }

    private static Map<String, AttributeValue> startKey(String customerId, String cursor) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw new BadCursorException();
        }
        if (parts.length != 3 || !parts[0].equals(customerId) || !parts[2].startsWith("order#")) throw new BadCursorException();
        return Map.of("customerId", s(parts[0]), "placed", s(parts[1]), "pk", s(parts[2]));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
