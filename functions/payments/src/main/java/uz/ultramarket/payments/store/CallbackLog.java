package uz.ultramarket.payments.store;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import uz.ultramarket.core.id.Ids;

/**
 * The audit record of every payment callback: provider, method, transaction, order, result and time — one item per
 * call in {@code callbacks#<yyyy-MM-dd>} (UTC), never a secret, a signature or card data (the providers send none).
 */
public final class CallbackLog {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackLog.class);

    /**
     * One callback being answered: what it is, and whether its record went out already — with the state change it made
     * ({@link PaymentStore#commit}), in the same DynamoDB transaction, which saves a round trip on every paying call.
     */
    public static final class Entry {
        private final String provider;
        private final String method;
        private final Optional<String> transaction;
        private final Optional<String> orderNumber;
        private final long started = System.nanoTime();
        private boolean written;

        public Entry(String provider, String method, Optional<String> transaction, Optional<String> orderNumber) {
            this.provider = provider;
            this.method = method;
            this.transaction = transaction;
            this.orderNumber = orderNumber;
        }

        void written() { written = true; }
    }

    private final PaymentStore store;
    private final Clock clock;

    public CallbackLog(PaymentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records {@code entry} with {@code result} ({@code ok} or the protocol's error code), unless its state change recorded it. */
    public void record(Entry entry, String result) {
        if (entry.written) return;
        var item = item(entry, result);
        try {
            store.db().putItem(r -> r.tableName(store.table()).item(item));
        } catch (RuntimeException e) {
            // the reply already reflects durable state; a lost audit line must not turn it into an error
            LOG.warn("Could not record the {} {} callback: {}", entry.provider, entry.method, e.toString());
        }
    }

    /** The record of {@code entry} answered {@code result}, to be written with its state change. */
    TransactWriteItem itemToWrite(Entry entry, String result) {
        return TransactWriteItem.builder().put(p -> p.tableName(store.table()).item(item(entry, result))).build();
    }

    private Map<String, AttributeValue> item(Entry entry, String result) {
        var now = clock.instant();
        var item = new HashMap<String, AttributeValue>(PaymentStore.key("callbacks#" + now.atZone(ZoneOffset.UTC).toLocalDate(),
                now + "#" + Ids.newId()));
        item.put("provider", AttributeValue.fromS(entry.provider));
        item.put("method", AttributeValue.fromS(entry.method));
        entry.transaction.ifPresent(t -> item.put("transaction", AttributeValue.fromS(t)));
        entry.orderNumber.ifPresent(o -> item.put("orderNumber", AttributeValue.fromS(o)));
        item.put("result", AttributeValue.fromS(result));
        item.put("tookMs", AttributeValue.fromN(Long.toString((System.nanoTime() - entry.started) / 1_000_000)));
        item.put("at", AttributeValue.fromS(now.toString()));
        return item;
    }

    /** The callbacks recorded on {@code day} (yyyy-MM-dd, UTC), oldest first. */
    public List<Map<String, String>> on(String day) {
        return store.db().query(r -> r.tableName(store.table()).keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("callbacks#" + day))))
                .items().stream().map(item -> {
                    var row = new HashMap<String, String>();
                    item.forEach((name, value) -> row.put(name, value.s() != null ? value.s() : value.n()));
                    return (Map<String, String>) row;
                }).toList();
    }
}
