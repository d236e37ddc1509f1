package uz.ultramarket.orders.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
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
 * are idempotent — so a request that died between writing a step and applying it leaves nothing undone. A record that
 * fails stops the batch there ({@code batchItemFailures}), so events keep their order.
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
        for (var record : records) {
            try {
                handle(record);
            } catch (RuntimeException e) {
                LOG.warn("Order stream record {} failed, to be tried again: {}", record.getDynamodb().getSequenceNumber(), e.toString(), e);
                return StreamsEventResponse.builder().withBatchItemFailures(List.of(
                        new StreamsEventResponse.BatchItemFailure(record.getDynamodb().getSequenceNumber()))).build();
            }
        }
        return StreamsEventResponse.builder().withBatchItemFailures(List.of()).build();
    }

    private void handle(DynamodbEvent.DynamodbStreamRecord record) {
        var after = order(record.getDynamodb().getNewImage());
        if (after.isEmpty()) return; // a deletion, or the sequence item
        var before = order(record.getDynamodb().getOldImage());
        before.flatMap(b -> OrderLifecycle.step(b.status(), after.get().status()))
                .ifPresent(effect -> transitions.apply(after.get(), effect));
        for (var orderEvent : OrderEvent.between(before, after.get())) publisher.publish(orderEvent);
    }

    private static Optional<Order> order(Map<String, AttributeValue> image) {
        if (image == null || image.get("body") == null || image.get("body").getS() == null) return Optional.empty();
        return OrderStore.fromItem(Map.of("body", image.get("body").getS()));
    }
}
