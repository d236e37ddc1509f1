package uz.ultramarket.notifications.delivery;

import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.notifications.templates.RenderedMessage;

/** Hands a rendered notification to the outside world (Eskiz, SES); the only part of a notifier that does. */
public interface Sender {

    /** Sends {@code message} to the notification's recipient; returns the provider's id for it. Throws when it could not. */
    String send(Notification notification, RenderedMessage message);
}
