package uz.ultramarket.notifications.delivery;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.ultramarket.core.id.Digests;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.notification.Channel;
import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.core.notification.NotificationTemplate;
import uz.ultramarket.notifications.templates.MessageTexts;

/**
 * Sends one notification of one channel, once per idempotency key: drops it if it has expired, renders its text,
 * claims its key in the {@link NotificationLedger}, sends, and records the send. A duplicate (the same key and content
 * again) is acknowledged without sending; anything that goes wrong throws, so the message is tried again.
 *
 * <p>Once means: never twice while the ledger works — except when a notifier dies between the provider accepting the
 * message and the ledger recording it; then the next try sends again. Sending twice beats not sending a login code.
 */
public final class NotificationDelivery {

    /** What became of a notification. */
    public enum Outcome { SENT, DUPLICATE, EXPIRED }

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);

    private final Channel channel;
    private final NotificationLedger ledger;
    private final Sender sender;
    private final MessageTexts texts;
    private final Clock clock;

    public NotificationDelivery(Channel channel, NotificationLedger ledger, Sender sender, MessageTexts texts, Clock clock) {
        this.channel = channel;
        this.ledger = ledger;
        this.sender = sender;
        this.texts = texts;
        this.clock = clock;
    }

    public Outcome deliver(Notification notification) {
        if (notification.channel() != channel) {
            throw new IllegalArgumentException("a " + notification.channel().id() + " notification reached the " + channel.id()
                    + " notifier: check the queue's filter policy");
        }
        if (notification.isExpiredAt(clock.instant())) {
            log("Dropped, expired at " + notification.expiresAt().orElseThrow(), notification);
            return Outcome.EXPIRED;
        }
        var message = texts.render(notification);
        return switch (ledger.claim(notification, contentHash(notification))) {
            case NotificationLedger.Claim.AlreadySent sent -> {
                log("Already sent as " + sent.providerId() + "; duplicate acknowledged", notification);
                yield Outcome.DUPLICATE;
            }
            case NotificationLedger.Claim.InFlight inFlight -> throw new NotificationInFlightException(
                    "another delivery of " + notification.idempotencyKey() + " is sending it (until " + inFlight.leaseUntil() + ")");
            case NotificationLedger.Claim.Conflict conflict -> throw new IllegalStateException("idempotency key "
                    + notification.idempotencyKey() + " was already used for a different " + channel.id() + " notification; not sent");
            case NotificationLedger.Claim.Granted claim -> {
                String providerId;
                try {
                    providerId = sender.send(notification, message);
                } catch (RuntimeException e) {
                    ledger.release(claim);
                    throw e;
                }
                try {
                    ledger.markSent(claim, providerId);
                } catch (RuntimeException e) {
                    // it went out: failing the message now would send it again
                    LOG.error("Sent as {} but could not record it; a redelivery may send it again", providerId, e);
                }
                log("Sent as " + providerId, notification);
                yield Outcome.SENT;
            }
        };
    }

    /** Runs the parsing, rendering and hashing once with no network call, for a SnapStart snapshot to start warm. */
    public void warm() {
        var sample = Json.read(Json.write(Notification.sms("priming", "+998901234567", NotificationTemplate.ORDER_PAID, "uz",
                Map.of("orderNumber", "UM-1", "total", "100"))), Notification.class);
        texts.render(sample);
        contentHash(sample);
    }

    /** SHA-256 of what the notification says and to whom — not of its expiry, which a producer's retry may move. */
    static String contentHash(Notification notification) {
        var content = new LinkedHashMap<String, Object>();
        content.put("channel", notification.channel());
        content.put("recipient", notification.recipient());
        content.put("template", notification.template());
        content.put("language", notification.language());
        content.put("parameters", notification.parameters());
        return Digests.sha256Hex(Json.write(content));
    }

    // never the text itself: it may hold a login code
    private static void log(String what, Notification notification) {
        LOG.info("{} {} {} {}", what, entry("template", notification.template().id()),
                entry("recipient", notification.maskedRecipient()), entry("idempotency_key", notification.idempotencyKey()));
    }
}
