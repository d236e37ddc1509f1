package uz.ultramarket.notifications.email;

import uz.ultramarket.notifications.delivery.NotificationDelivery;
import uz.ultramarket.notifications.delivery.NotifierFunction;

/** {@code email-notifier}: each notification from the {@code email-notifications} queue, sent once through SES. */
public final class EmailNotifierHandler extends NotifierFunction {

    public EmailNotifierHandler() { this(DaggerEmailNotifierComponent.create().delivery()); }

    public EmailNotifierHandler(NotificationDelivery delivery) { super(delivery); }
}
