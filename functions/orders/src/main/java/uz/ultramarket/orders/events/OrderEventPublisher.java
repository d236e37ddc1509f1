package uz.ultramarket.orders.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import uz.ultramarket.core.json.Json;

/**
 * Puts order events on the {@code order-events} topic as JSON, with the attribute {@code type} consumers filter on —
 * ten to a call ({@code PublishBatch}), since one stream batch holds many orders' changes.
 */
public final class OrderEventPublisher {

    /** SNS takes at most ten messages in one PublishBatch. */
    static final int PER_CALL = 10;

    private final SnsClient sns;
    private final String topicArn;

    public OrderEventPublisher(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    /** Publishes {@code events} in their order; answers the index of the first one SNS did not take, or -1 when it took all. */
    public int publish(List<OrderEvent> events) {
        for (int from = 0; from < events.size(); from += PER_CALL) {
            var chunk = events.subList(from, Math.min(events.size(), from + PER_CALL));
            var entries = new ArrayList<PublishBatchRequestEntry>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                var event = chunk.get(i);
                entries.add(PublishBatchRequestEntry.builder().id(Integer.toString(i)).message(Json.write(event))
                        .messageAttributes(Map.of("type", MessageAttributeValue.builder().dataType("String")
                                .stringValue(event.type().name()).build())).build());
            }
            var failed = sns.publishBatch(r -> r.topicArn(topicArn).publishBatchRequestEntries(entries)).failed();
            if (!failed.isEmpty()) {
                return from + failed.stream().mapToInt(f -> Integer.parseInt(f.id())).min().orElseThrow();
            }
        }
        return -1;
    }
}
