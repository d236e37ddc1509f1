package uz.ultramarket.notifications.sms;

import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.notifications.delivery.Sender;
import uz.ultramarket.notifications.templates.RenderedMessage;

/** SMS through Eskiz; the provider id is Eskiz's request id. */
public final class EskizSender implements Sender {
    private final EskizClient eskiz;

    public EskizSender(EskizClient eskiz) { this.eskiz = eskiz; }

    @Override
    public String send(Notification notification, RenderedMessage message) {
        return eskiz.send(notification.recipient(), message.text()).id();
    }
}
