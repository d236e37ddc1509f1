package uz.ultramarket.orders.events;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.ultramarket.accounts.addresses.CustomerPhones;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.core.notification.NotificationPublisher;
import uz.ultramarket.core.notification.NotificationTemplate;
import uz.ultramarket.orders.Order;
import uz.ultramarket.core.queue.QueueFunction;

/**
 * Order events → the customer's SMS, to the account's phone, in the language they checked out in, through the
 * notifications path. The notification's key is the event's id, so however often an event is published or delivered,
 * one SMS goes out. The phone is read here, off the checkout's path, and is the account's phone now.
 */
public final class OrderNotifierHandler extends QueueFunction {

    private static final Logger LOG = LoggerFactory.getLogger(OrderNotifierHandler.class);

    private final NotificationPublisher notifications;
    private final CustomerPhones phones;

    public OrderNotifierHandler() { this(DaggerOrderNotifierComponent.create()); }

    private OrderNotifierHandler(OrderNotifierComponent component) { this(component.notifications(), component.phones()); }

    public OrderNotifierHandler(NotificationPublisher notifications, CustomerPhones phones) {
        this.notifications = notifications;
        this.phones = phones;
    }

    @Override
    protected void handle(SQSEvent.SQSMessage message) {
        var event = Json.read(message.getBody(), OrderEvent.class);
        var phone = phones.of(event.customerId());
        if (phone.isEmpty()) {
            LOG.info("Order {} has no account any more: no SMS for {}", event.orderNumber(), event.type());
            return;
        }
        notifications.publish(notification(event, phone.get().value()));
    }

    /** The SMS an event sends to {@code phone}. */
    static Notification notification(OrderEvent event, String phone) {
        String number = event.orderNumber();
        String total = Long.toString(event.total().tiyin());
        var message = switch (event.type()) {
            case OrderPlaced -> Map.entry(NotificationTemplate.ORDER_PLACED, Map.of("orderNumber", number, "total", total));
            case OrderPaid -> Map.entry(NotificationTemplate.ORDER_PAID, Map.of("orderNumber", number, "total", total));
            case OrderConfirmed -> Map.entry(NotificationTemplate.ORDER_CONFIRMED, Map.of("orderNumber", number));
            case OrderCancelled -> Map.entry(NotificationTemplate.ORDER_CANCELLED, Map.of("orderNumber", number));
            case OrderExpired -> Map.entry(NotificationTemplate.ORDER_EXPIRED, Map.of("orderNumber", number));
            case OrderProcessing -> Map.entry(NotificationTemplate.ORDER_PROCESSING, Map.of("orderNumber", number));
            case OrderShipped -> Map.entry(NotificationTemplate.ORDER_SHIPPED, Map.of("orderNumber", number,
                    "carrier", event.shipment().map(Order.Shipment::carrier).orElse("-"),
                    "trackingNumber", event.shipment().map(Order.Shipment::trackingNumber).orElse("-")));
            case OrderDelivered -> Map.entry(NotificationTemplate.ORDER_DELIVERED, Map.of("orderNumber", number));
            case OrderRefunded -> Map.entry(NotificationTemplate.ORDER_REFUNDED, Map.of("orderNumber", number, "total", total));
        };
        return Notification.sms("order:" + event.eventId(), phone, message.getKey(), event.language(), message.getValue());
    }
}
