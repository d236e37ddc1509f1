package uz.ultramarket.orders.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderLifecycle;
import uz.ultramarket.orders.OrderTransitions;
import uz.ultramarket.orders.store.OrderStore;

/**
 * The orders table's stream → the {@code order-events} topic: each status an order took becomes its event, published
 * after the order was written (never from inside a request). It also applies each step's stock effect once more — they
 * are idempotent — so a request that died between writing a step and applying it leaves nothing undone. The batch's
 * events go out ten to an SNS call; from the first record that fails, or whose events were not all taken, the batch is
 * reported back ({@code batchItemFailures}) and comes again — consumers take a repeated event as the same event.
 */
public final class OrderEventsHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(OrderEventsHandler.class);

    private final OrderEventPublisher publisher;
    private final OrderTransitions transitions;

    public OrderEventsHandler() { this(DaggerOrderEventsComponent.create()); }

    private OrderEventsHandler(OrderEventsComponent component) { this(component.publisher(), component.transitions()); }

    public OrderEventsHandler(OrderEventPublisher publisher, OrderTransitions transitions) {
        this.publisher = publisher;
        this.transitions = transitions;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<DynamodbEvent.DynamodbStreamRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        var events = new ArrayList<OrderEvent>();
        var recordOf = new ArrayList<String>(); // the sequence number of the record each event came from
        String failedAt = null;
        for (var record : records) {
            try {
                for (var orderEvent : handle(record)) {
                    events.add(orderEvent);
                    recordOf.add(record.getDynamodb().getSequenceNumber());
                }
            } catch (RuntimeException e) {
                LOG.warn("Order stream record {} failed, to be tried again: {}", record.getDynamodb().getSequenceNumber(), e.toString(), e);
                failedAt = record.getDynamodb().getSequenceNumber();
                break;
            }
        }
        int notTaken;
        try {
            notTaken = publisher.publish(events);
        } catch (RuntimeException e) {
            LOG.warn("Publishing {} order event(s) failed, to be tried again: {}", events.size(), e.toString(), e);
            notTaken = events.isEmpty() ? -1 : 0;
        }
        // from the first record whose events were not all published (or that failed itself), the batch comes again
        if (notTaken >= 0) failedAt = recordOf.get(notTaken);
        return StreamsEventResponse.builder().withBatchItemFailures(failedAt == null ? List.of()
                : List.of(new StreamsEventResponse.BatchItemFailure(failedAt))).build();
    }

    /** Applies the record's stock effect again and answers the events of the statuses it added. */
    private List<OrderEvent> handle(DynamodbEvent.DynamodbStreamRecord record) {
        var after = order(record.getDynamodb().getNewImage());
        if (after.isEmpty()) return List.of(); // a deletion, or the sequence item
        var before = order(record.getDynamodb().getOldImage());
        before.flatMap(b -> OrderLifecycle.step(b.status(), after.get().status()))
                .ifPresent(effect -> transitions.apply(after.get(), effect));
        return OrderEvent.between(before, after.get());
    }

    private static Optional<Order> order(Map<String, AttributeValue> image) {
        if (image == null || image.get("body") == null || image.get("body").getS() == null) return Optional.empty();
        return OrderStore.fromItem(Map.of("body", image.get("body").getS()));
    }
}
