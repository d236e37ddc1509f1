package uz.ultramarket.payments.store;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderNumber;
import uz.ultramarket.orders.store.OrderStore;
import uz.ultramarket.payments.click.ClickPayment;
import uz.ultramarket.payments.payme.PaymeTransaction;

/**
 * The {@code payments} table: Payme transactions ({@code payme#<id>}), Click payments ({@code click#<click_trans_id>}),
 * Click's prepare-id counter, and the callback record ({@link CallbackLog}). A payment is its JSON {@code body} beside
 * {@code state}, on which every change is conditional; a change that must go with the order's goes in one DynamoDB
 * transaction with it ({@link #commit}).
 */
public final class PaymentStore {

    public static final String PAYME_STATEMENT = "payme-statement";

    private static final String PAYME_SK = "transaction";
    private static final String CLICK_SK = "payment";

    /** How a transaction of writes ended: all written, or which item's condition failed (or a race to retry). */
    public sealed interface Outcome {
        record Written() implements Outcome {}
        /** {@code index}: the position of the first item whose condition failed; -1 when DynamoDB saw a conflicting transaction. */
        record Refused(int index) implements Outcome {}
    }

    private final DynamoDbClient db;
    private final String table;
    private final CallbackLog callbacks;

    public PaymentStore(DynamoDbClient db, String table, java.time.Clock clock) {
        this.db = db;
        this.table = table;
        this.callbacks = new CallbackLog(this, clock);
    }

    /** The record of every callback, in this table. */
    public CallbackLog callbacks() { return callbacks; }

    public String table() { return table; }

    public DynamoDbClient db() { return db; }

    /** A Payme transaction and the order its call names, read in one round trip; both absent for a number that is not an order's. */
    public record PaymeAndOrder(Optional<PaymeTransaction> transaction, Optional<Order> order) {}

    public PaymeAndOrder paymeWithOrder(String id, String orderNumber, OrderStore orders) {
        if (!OrderNumber.isValid(orderNumber)) return new PaymeAndOrder(payme(id), Optional.empty());
        var both = orders.findWith(orderNumber, table, key("payme#" + id, PAYME_SK));
        return new PaymeAndOrder(both.other().map(item -> Json.read(item.get("body").s(), PaymeTransaction.class)), both.order());
    }

    /** A Click payment and the order its call names, read in one round trip. */
    public record ClickAndOrder(Optional<ClickPayment> payment, Optional<Order> order) {}

    public ClickAndOrder clickWithOrder(String clickTransId, String orderNumber, OrderStore orders) {
        if (!OrderNumber.isValid(orderNumber)) return new ClickAndOrder(click(clickTransId), Optional.empty());
        var both = orders.findWith(orderNumber, table, key("click#" + clickTransId, CLICK_SK));
        return new ClickAndOrder(both.other().map(item -> Json.read(item.get("body").s(), ClickPayment.class)), both.order());
    }

    public Optional<PaymeTransaction> payme(String id) {
        return body(key("payme#" + id, PAYME_SK)).map(body -> Json.read(body, PaymeTransaction.class));
    }

    /** A new Payme transaction, written only if none with its id exists. */
    public TransactWriteItem created(PaymeTransaction transaction) {
        return put(paymeItem(transaction), "attribute_not_exists(pk)", Map.of());
    }

    /** Payme transaction {@code updated}, written only if the stored one is still in {@code expectedState}. */
    public TransactWriteItem updated(PaymeTransaction updated, int expectedState) {
        return put(paymeItem(updated), "#state = :expected", Map.of(":expected", AttributeValue.fromS(Integer.toString(expectedState))));
    }

    /** The Payme transactions Payme created between {@code from} and {@code to} (its own times, inclusive), oldest first. */
    public List<PaymeTransaction> paymeBetween(long from, long to) {
        var found = new ArrayList<PaymeTransaction>();
        var month = YearMonth.from(Instant.ofEpochMilli(from).atZone(ZoneOffset.UTC));
        var last = YearMonth.from(Instant.ofEpochMilli(to).atZone(ZoneOffset.UTC));
        for (; !month.isAfter(last); month = month.plusMonths(1)) {
            var bucket = month.toString();
            Map<String, AttributeValue> start = null;
            do {
                var startKey = start;
                var page = db.query(r -> {
                    r.tableName(table).indexName(PAYME_STATEMENT)
                            .keyConditionExpression("statementMonth = :month AND paymeTime BETWEEN :from AND :to")
                            .expressionAttributeValues(Map.of(":month", AttributeValue.fromS(bucket),
                                    ":from", AttributeValue.fromS(sortable(from)), ":to", AttributeValue.fromS(sortable(to))));
                    if (startKey != null) r.exclusiveStartKey(startKey);
                });
                page.items().forEach(item -> found.add(Json.read(item.get("body").s(), PaymeTransaction.class)));
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null);
        }
        return found;
    }

    public Optional<ClickPayment> click(String clickTransId) {
        return body(key("click#" + clickTransId, CLICK_SK)).map(body -> Json.read(body, ClickPayment.class));
    }

    /** A new Click payment, written only if none with its {@code click_trans_id} exists. */
    public TransactWriteItem created(ClickPayment payment) {
        return put(clickItem(payment), "attribute_not_exists(pk)", Map.of());
    }

    /** Click payment {@code updated}, written only if the stored one is still in {@code expected}. */
    public TransactWriteItem updated(ClickPayment updated, ClickPayment.State expected) {
        return put(clickItem(updated), "#state = :expected", Map.of(":expected", AttributeValue.fromS(expected.name())));
    }

    /** The next {@code merchant_prepare_id}: a counter, so that each Click payment has its own small integer. */
    public long nextPrepareId() {
        var attributes = db.updateItem(r -> r.tableName(table).key(key("sequence#click-prepare", "counter"))
                .updateExpression("ADD #value :one").expressionAttributeNames(Map.of("#value", "value"))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))).returnValues("UPDATED_NEW")).attributes();
        return Long.parseLong(attributes.get("value").n());
    }

    /**
     * Writes {@code items} all or none, and with them the record of the callback {@code answering} them, answered
     * {@code answer} ({@code ok} or the protocol's code) when they are written.
     */
    public Outcome commit(CallbackLog.Entry answering, String answer, TransactWriteItem... items) {
        var all = new ArrayList<>(List.of(items));
        all.add(callbacks.itemToWrite(answering, answer));
        var outcome = commit(all.toArray(TransactWriteItem[]::new));
        if (outcome instanceof Outcome.Written) answering.written();
        return outcome;
    }

    /** Writes {@code items} all or none (a change no callback's answer rests on alone: its record is written apart). */
    public Outcome commit(TransactWriteItem... items) {
        try {
            db.transactWriteItems(r -> r.transactItems(items));
            return new Outcome.Written();
        } catch (TransactionCanceledException cancelled) {
            var reasons = cancelled.cancellationReasons();
            for (int i = 0; i < reasons.size(); i++) {
                if ("ConditionalCheckFailed".equals(reasons.get(i).code())) return new Outcome.Refused(i);
            }
            return new Outcome.Refused(-1);
        }
    }

    private Optional<String> body(Map<String, AttributeValue> key) {
        var item = db.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item.get("body").s());
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().put(p -> {
            p.tableName(table).item(item).conditionExpression(condition);
            if (condition.contains("#state")) p.expressionAttributeNames(Map.of("#state", "state"));
            if (!values.isEmpty()) p.expressionAttributeValues(values);
        }).build();
    }

    private static Map<String, AttributeValue> paymeItem(PaymeTransaction transaction) {
        var item = new HashMap<>(key("payme#" + transaction.id(), PAYME_SK));
        item.put("state", AttributeValue.fromS(Integer.toString(transaction.state())));
        item.put("orderNumber", AttributeValue.fromS(transaction.orderNumber()));
        item.put("statementMonth", AttributeValue.fromS(YearMonth.from(Instant.ofEpochMilli(transaction.time()).atZone(ZoneOffset.UTC)).toString()));
        item.put("paymeTime", AttributeValue.fromS(sortable(transaction.time())));
        item.put("body", AttributeValue.fromS(Json.write(transaction)));
        return item;
    }

    private static Map<String, AttributeValue> clickItem(ClickPayment payment) {
        var item = new HashMap<>(key("click#" + payment.clickTransId(), CLICK_SK));
        item.put("state", AttributeValue.fromS(payment.state().name()));
        item.put("orderNumber", AttributeValue.fromS(payment.orderNumber()));
        item.put("body", AttributeValue.fromS(Json.write(payment)));
        return item;
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
    }

    // index sort keys are strings: zero-padded epoch milliseconds sort as the times do
    private static String sortable(long millis) {
        return String.format("%015d", millis);
    }
}
