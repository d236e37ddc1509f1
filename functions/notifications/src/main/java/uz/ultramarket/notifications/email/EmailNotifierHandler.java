package uz.ultramarket.notifications.email;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.core.queue.QueueFunction;
import uz.ultramarket.notifications.delivery.NotificationDelivery;

/** {@code email-notifier}: each {@link Notification} from the {@code email-notifications} queue, sent once through SES. */
public final class EmailNotifierHandler extends QueueFunction {
    private final NotificationDelivery delivery;

    public EmailNotifierHandler() { this(DaggerEmailNotifierComponent.create().delivery()); }

    public EmailNotifierHandler(NotificationDelivery delivery) { this.delivery = delivery; }

    @Override
    protected void prime() {
        super.prime();
        delivery.warm();
    }

    @Override
    protected void handle(SQSEvent.SQSMessage message) {
        delivery.deliver(Json.read(message.getBody(), Notification.class));
    }
}
