package uz.ultramarket.orders.events;

import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import uz.ultramarket.core.json.Json;

/** Puts order events on the {@code order-events} topic as JSON, with the attribute {@code type} consumers filter on. */
public final class OrderEventPublisher {

    private final SnsClient sns;
    private final String topicArn;

    public OrderEventPublisher(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    public void publish(OrderEvent event) {
        sns.publish(r -> r.topicArn(topicArn).message(Json.write(event)).messageAttributes(Map.of("type",
                MessageAttributeValue.builder().dataType("String").stringValue(event.type().name()).build())));
    }
}
