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
import uz.ultramarket.core.id.Ids;

/**
 * The audit record of every payment callback: provider, method, transaction, order, result and time — one item per
 * call in {@code callbacks#<yyyy-MM-dd>} (UTC), never a secret, a signature or card data (the providers send none).
 */
public final class CallbackLog {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackLog.class);

    /** One callback as recorded; {@code result} is {@code ok} or the protocol's error code. */
    public record Callback(String provider, String method, Optional<String> transaction, Optional<String> orderNumber,
                           String result, long tookMillis) {}

    private final PaymentStore store;
    private final Clock clock;

    public CallbackLog(PaymentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void record(Callback callback) {
        var now = clock.instant();
        var item = new HashMap<String, AttributeValue>(PaymentStore.key("callbacks#" + now.atZone(ZoneOffset.UTC).toLocalDate(),
                now + "#" + Ids.newId()));
        item.put("provider", AttributeValue.fromS(callback.provider()));
        item.put("method", AttributeValue.fromS(callback.method()));
        callback.transaction().ifPresent(t -> item.put("transaction", AttributeValue.fromS(t)));
        callback.orderNumber().ifPresent(o -> item.put("orderNumber", AttributeValue.fromS(o)));
        item.put("result", AttributeValue.fromS(callback.result()));
        item.put("tookMs", AttributeValue.fromN(Long.toString(callback.tookMillis())));
        item.put("at", AttributeValue.fromS(now.toString()));
        try {
            store.db().putItem(r -> r.tableName(store.table()).item(item));
        } catch (RuntimeException e) {
            // the reply already reflects durable state; a lost audit line must not turn it into an error
            LOG.warn("Could not record the {} {} callback: {}", callback.provider(), callback.method(), e.toString());
        }
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
