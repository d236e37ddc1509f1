package uz.ultramarket.notifications.sms;

import uz.ultramarket.notifications.delivery.NotificationDelivery;
import uz.ultramarket.notifications.delivery.NotifierFunction;

/** {@code sms-notifier}: each notification from the {@code sms-notifications} queue, sent once through Eskiz. */
public final class SmsNotifierHandler extends NotifierFunction {

    public SmsNotifierHandler() { this(DaggerSmsNotifierComponent.create().delivery()); }

    public SmsNotifierHandler(NotificationDelivery delivery) { super(delivery); }
}
