package uz.ultramarket.core.notification;

import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import uz.ultramarket.core.json.Json;

/**
 * What a producer uses to have an SMS or email sent: publishes a {@link Notification} as JSON on the
 * {@code notifications} topic, with the message attributes {@code channel} (which the queues' filter policies route
 * on) and {@code template}. A function that publishes declares {@code Access.publish(Registry.NOTIFICATIONS)}, which
 * gives it {@value #TOPIC_VARIABLE}; its component includes {@link NotificationPublisherModule}.
 *
 * <p>Publishing is the end of the producer's part: delivery is at-least-once to the notifier, which sends each
 * idempotency key once. A failed publish throws — the producer decides whether its request fails with it.
 */
public final class NotificationPublisher {

    /** Carries the topic's ARN ({@code Registry.NOTIFICATIONS.envName()}). */
    public static final String TOPIC_VARIABLE = "TOPIC_NOTIFICATIONS_ARN";

    private final SnsClient sns;
    private final String topicArn;

    public NotificationPublisher(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    /** Publishes {@code notification}; returns SNS's message id. */
    public String publish(Notification notification) {
        return sns.publish(r -> r.topicArn(topicArn)
                .message(Json.write(notification))
                .messageAttributes(Map.of(
                        "channel", text(notification.channel().id()),
                        "template", text(notification.template().id()))))
                .messageId();
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
