package uz.ultramarket.admin.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import uz.ultramarket.core.json.Json;

/**
 * The {@code analytics} table: each day's counters ({@code pk = totals}, {@code sk = <day>}), each day's products
 * ({@code pk = products#<yyyy-MM>}, {@code sk = <day>#<sku>}) and what each order adds now ({@code pk = order#<number>},
 * {@code sk = tally}, with the order's version). A change of an order moves its counters from what it added to what it
 * adds now, in one transaction conditional on what it added — so an event seen twice, or late, changes nothing.
 */
public final class AnalyticsStore {

    /** What an order adds, as last counted, at the order's version then. */
    public record Counted(long version, OrderTally tally) {}

    /** One SKU's figures on one day. */
    public record ProductDay(LocalDate day, String sku, String name, long revenue, long units) {}

    private static final String TOTALS = "totals";

    private final DynamoDbClient db;
    private final String table;

    public AnalyticsStore(DynamoDbClient db, String table) {
        this.db = db;
        this.table = table;
    }

    public Optional<Counted> counted(String number) {
        var item = db.getItem(r -> r.tableName(table).key(key("order#" + number, "tally")).consistentRead(true)).item();
        if (item == null || item.isEmpty()) return Optional.empty();
        return Optional.of(new Counted(Long.parseLong(item.get("version").n()), Json.read(item.get("tally").s(), OrderTally.class)));
    }

    /**
     * Counts {@code now} (the order at {@code version}) instead of {@code before}; false, writing nothing, when what
     * the order adds changed since {@code before} was read.
     */
    public boolean count(Optional<Counted> before, OrderTally now, long version) {
        var items = new ArrayList<TransactWriteItem>();
        var order = Put.builder().tableName(table).item(Map.of("pk", s("order#" + now.number()), "sk", s("tally"),
                "version", n(version), "tally", s(Json.write(now))));
        if (before.isEmpty()) order.conditionExpression("attribute_not_exists(pk)");
        else order.conditionExpression("version = :seen").expressionAttributeValues(Map.of(":seen", n(before.get().version())));
        items.add(TransactWriteItem.builder().put(order.build()).build());

        var counters = new LinkedHashMap<String, Long>();
        now.counters().forEach((k, v) -> counters.merge(k, v, Long::sum));
        before.ifPresent(b -> b.tally().counters().forEach((k, v) -> counters.merge(k, -v, Long::sum)));
        counters.values().removeIf(v -> v == 0);
        if (!counters.isEmpty()) items.add(adding(key(TOTALS, now.day().toString()), counters, Map.of()));

        var products = new LinkedHashMap<String, long[]>();
        var names = new HashMap<String, String>();
        for (var p : now.products()) {
            products.merge(p.sku(), new long[] {p.revenue(), p.units()}, AnalyticsStore::sum);
            names.put(p.sku(), p.name());
        }
        before.ifPresent(b -> b.tally().products().forEach(p -> {
            products.merge(p.sku(), new long[] {-p.revenue(), -p.units()}, AnalyticsStore::sum);
            names.putIfAbsent(p.sku(), p.name());
        }));
        products.forEach((sku, delta) -> {
            if (delta[0] != 0 || delta[1] != 0) {
                items.add(adding(key("products#" + YearMonth.from(now.day()), now.day() + "#" + sku),
                        Map.of("revenue", delta[0], "units", delta[1]), Map.of("sku", sku, "name", names.get(sku))));
            }
        });
        try {
            db.transactWriteItems(r -> r.transactItems(items));
            return true;
        } catch (TransactionCanceledException raced) {
            return false;
        }
    }

    /** The counters of each day from {@code from} to {@code to} that has any. */
    public List<DayTotals> totals(LocalDate from, LocalDate to) {
        var days = new ArrayList<DayTotals>();
        for (var item : queryAll(TOTALS, from.toString(), to.toString())) {
            var counters = new HashMap<String, Long>();
            item.forEach((name, value) -> { if (value.n() != null) counters.put(name, Long.parseLong(value.n())); });
            days.add(new DayTotals(LocalDate.parse(item.get("sk").s()), counters));
        }
        return days;
    }

    /** Every SKU's figures on each day from {@code from} to {@code to}. */
    public List<ProductDay> products(LocalDate from, LocalDate to) {
        var found = new ArrayList<ProductDay>();
        for (var month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            for (var item : queryAll("products#" + month, from + "#", to + "#~")) {
                found.add(new ProductDay(LocalDate.parse(item.get("sk").s().substring(0, 10)), item.get("sku").s(), item.get("name").s(),
                        Long.parseLong(item.get("revenue").n()), Long.parseLong(item.get("units").n())));
            }
        }
        return found;
    }

    private List<Map<String, AttributeValue>> queryAll(String pk, String low, String high) {
        var items = new ArrayList<Map<String, AttributeValue>>();
        Map<String, AttributeValue> start = null;
        do {
            var startKey = start;
            QueryResponse page = db.query(r -> {
                r.tableName(table).keyConditionExpression("pk = :pk AND sk BETWEEN :low AND :high")
                        .expressionAttributeValues(Map.of(":pk", s(pk), ":low", s(low), ":high", s(high)));
                if (startKey != null) r.exclusiveStartKey(startKey);
            });
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    private TransactWriteItem adding(Map<String, AttributeValue> key, Map<String, Long> deltas, Map<String, String> set) {
        var names = new HashMap<String, String>();
        var values = new HashMap<String, AttributeValue>();
        var adds = new ArrayList<String>();
        var sets = new ArrayList<String>();
        int i = 0;
        for (var delta : deltas.entrySet()) {
            names.put("#a" + i, delta.getKey());
            values.put(":a" + i, n(delta.getValue()));
            adds.add("#a" + i + " :a" + i);
            i++;
        }
        for (var field : set.entrySet()) {
            names.put("#s" + i, field.getKey());
            values.put(":s" + i, s(field.getValue()));
            sets.add("#s" + i + " = :s" + i);
            i++;
        }
        String expression = "ADD " + String.join(", ", adds) + (sets.isEmpty() ? "" : " SET " + String.join(", ", sets));
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key).updateExpression(expression)
                .expressionAttributeNames(names).expressionAttributeValues(values).build()).build();
    }

    private static long[] sum(long[] a, long[] b) {
        return new long[] {a[0] + b[0], a[1] + b[1]};
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

}
