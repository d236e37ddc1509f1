package uz.ultramarket.notifications.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uz.ultramarket.core.notification.Channel;
import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.core.notification.NotificationTemplate;
import uz.ultramarket.core.testing.FixedClock;
import uz.ultramarket.notifications.delivery.NotificationDelivery.Outcome;
import uz.ultramarket.notifications.templates.MessageTexts;
import uz.ultramarket.registry.Registry;

/** Sending once per idempotency key, with the ledger in a real DynamoDB (Local) and a recording stand-in for the provider. */
class NotificationDeliveryTest {
    private static IdempotencyTable table;
    private FixedClock clock;
    private RecordingSender sender;
    private NotificationLedger ledger;
    private NotificationDelivery delivery;

    @BeforeAll
    static void start() throws Exception { table = IdempotencyTable.start(); }

    @AfterAll
    static void stop() throws Exception { table.close(); }

    @BeforeEach
    void fresh() {
        clock = FixedClock.at("2026-11-23T09:00:00Z");
        sender = new RecordingSender();
        ledger = table.ledger(clock);
        delivery = new NotificationDelivery(Channel.SMS, ledger, sender, new MessageTexts(), clock);
    }

    private static Notification otp(String key) {
        return Notification.sms(key, "+998901234567", NotificationTemplate.OTP_CODE, "ru", Map.of("code", "482913"));
    }

    private static String key() { return "otp:" + UUID.randomUUID(); }

    @Test
    void theSameNotificationTwiceIsSentOnce() {
        String key = key();
        assertEquals(Outcome.SENT, delivery.deliver(otp(key)));
        assertEquals(Outcome.DUPLICATE, delivery.deliver(otp(key)));
        assertEquals(1, sender.sentTo(key));
        assertEquals("UltraMarket: код подтверждения 482913. Никому его не сообщайте.", sender.sent.getFirst().message().text());
    }

    @Test
    void theLedgerKeepsNoPersonalDataAndExpiresAfterTheRetention() {
        String key = key();
        delivery.deliver(otp(key));
        var item = table.dynamoDb().getItem(r -> r.tableName(Registry.IDEMPOTENCY.name())
                .key(Map.of("pk", AttributeValue.fromS("notification#sms#" + key)))).item();
        assertEquals("sent", item.get("state").s());
        assertEquals("provider-1", item.get("providerId").s());
        assertEquals(clock.instant().plus(NotificationLedger.RETENTION).getEpochSecond(), Long.parseLong(item.get("expiresAt").n()));
        assertTrue(item.values().stream().noneMatch(v -> v.s() != null && (v.s().contains("482913") || v.s().contains("901234567"))), item.toString());
    }

    @Test
    void concurrentDeliveriesOfOneMessageSendItOnce() throws Exception {
        String key = key();
        int copies = 6;
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Object>>();
        try (var pool = Executors.newFixedThreadPool(copies)) {
            for (int i = 0; i < copies; i++) {
                results.add(pool.submit((Callable<Object>) () -> {
                    start.await();
                    try {
                        return delivery.deliver(otp(key));
                    } catch (NotificationInFlightException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            for (var result : results) result.get();
        }
        assertEquals(1, sender.sentTo(key));
        // those that found it in flight are tried again, and then find it sent
        assertEquals(Outcome.DUPLICATE, delivery.deliver(otp(key)));
        assertEquals(1, sender.sentTo(key));
    }

    @Test
    void aFailedSendGivesTheKeyBackSoTheNextTrySends() {
        String key = key();
        sender.failNext.set(1);
        assertThrows(IllegalStateException.class, () -> delivery.deliver(otp(key)));
        assertEquals(0, sender.sentTo(key));
        assertEquals(Outcome.SENT, delivery.deliver(otp(key)));
        assertEquals(1, sender.sentTo(key));
    }

    @Test
    void aKeyHeldByADeadDeliveryIsTakenOverOnceItsLeaseRunsOut() {
        String key = key();
        var claim = ledger.claim(otp(key), NotificationDelivery.contentHash(otp(key)));
        assertInstanceOf(NotificationLedger.Claim.Granted.class, claim, "a delivery took it, then died before sending");
        assertThrows(NotificationInFlightException.class, () -> delivery.deliver(otp(key)));
        clock.advance(DeliveryModule.LEASE.plus(Duration.ofSeconds(1)));
        assertEquals(Outcome.SENT, delivery.deliver(otp(key)));
        assertEquals(1, sender.sentTo(key));
    }

    @Test
    void aKeyReusedForDifferentContentIsNeverSent() {
        String key = key();
        delivery.deliver(otp(key));
        var other = Notification.sms(key, "+998911112233", NotificationTemplate.OTP_CODE, "ru", Map.of("code", "000000"));
        var thrown = assertThrows(IllegalStateException.class, () -> delivery.deliver(other));
        assertTrue(thrown.getMessage().contains("different"), thrown.getMessage());
        assertEquals(1, sender.sentTo(key));
    }

    @Test
    void aNewExpiryIsTheSameNotification() {
        String key = key();
        delivery.deliver(otp(key).expiringAt(clock.instant().plusSeconds(300)));
        assertEquals(Outcome.DUPLICATE, delivery.deliver(otp(key).expiringAt(clock.instant().plusSeconds(600))));
    }

    @Test
    void anExpiredNotificationIsDroppedUnsent() {
        String key = key();
        assertEquals(Outcome.EXPIRED, delivery.deliver(otp(key).expiringAt(clock.instant().minusSeconds(1))));
        assertEquals(0, sender.sentTo(key));
    }

    @Test
    void theSameKeyOnAnotherChannelIsAnotherNotification() {
        String key = key();
        var email = new NotificationDelivery(Channel.EMAIL, ledger, sender, new MessageTexts(), clock);
        delivery.deliver(otp(key));
        assertEquals(Outcome.SENT, email.deliver(Notification.email(key, "aziza@example.uz", NotificationTemplate.OTP_CODE, "ru", Map.of("code", "482913"))));
        assertEquals(2, sender.sentTo(key));
    }

    @Test
    void aNotificationOfTheOtherChannelIsRefused() {
        var email = Notification.email(key(), "aziza@example.uz", NotificationTemplate.OTP_CODE, "uz", Map.of("code", "1"));
        assertThrows(IllegalArgumentException.class, () -> delivery.deliver(email));
        assertEquals(0, sender.sent.size());
    }
}
