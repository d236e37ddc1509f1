package uz.ultramarket.notifications.delivery;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.core.queue.QueueFunction;

/** A notifier: each {@link Notification} from its queue, delivered once; the channel is in the delivery it is given. */
public abstract class NotifierFunction extends QueueFunction {
    private final NotificationDelivery delivery;

    protected NotifierFunction(NotificationDelivery delivery) { this.delivery = delivery; }

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
