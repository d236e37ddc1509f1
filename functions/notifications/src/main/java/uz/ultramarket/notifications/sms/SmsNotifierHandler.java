package uz.ultramarket.notifications.sms;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.core.queue.QueueFunction;
import uz.ultramarket.notifications.delivery.NotificationDelivery;

/** {@code sms-notifier}: each {@link Notification} from the {@code sms-notifications} queue, sent once through Eskiz. */
public final class SmsNotifierHandler extends QueueFunction {
    private final NotificationDelivery delivery;

    public SmsNotifierHandler() { this(DaggerSmsNotifierComponent.create().delivery()); }

    public SmsNotifierHandler(NotificationDelivery delivery) { this.delivery = delivery; }

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
