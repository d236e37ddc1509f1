package uz.ultramarket.notifications.delivery;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.notifications.templates.RenderedMessage;

/** Stands in for Eskiz or SES: records what it was asked to send, and fails the next {@code failNext} sends. */
public final class RecordingSender implements Sender {
    public record Sent(Notification notification, RenderedMessage message) {}

    public final List<Sent> sent = new CopyOnWriteArrayList<>();
    public final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public String send(Notification notification, RenderedMessage message) {
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) throw new IllegalStateException("provider unavailable");
        sent.add(new Sent(notification, message));
        return "provider-" + ids.incrementAndGet();
    }

    public long sentTo(String idempotencyKey) {
        return sent.stream().filter(s -> s.notification().idempotencyKey().equals(idempotencyKey)).count();
    }
}
