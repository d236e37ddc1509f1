package uz.ultramarket.notifications.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.notification.Channel;
import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.core.notification.NotificationTemplate;
import uz.ultramarket.core.testing.FixedClock;
import uz.ultramarket.core.testing.TestContext;
import uz.ultramarket.notifications.delivery.IdempotencyTable;
import uz.ultramarket.notifications.delivery.NotificationDelivery;
import uz.ultramarket.notifications.delivery.RecordingSender;
import uz.ultramarket.notifications.templates.MessageTexts;

/** A batch from the queue: only the messages that could not be sent come back as failures; duplicates are acknowledged. */
class SmsNotifierHandlerTest {
    private static IdempotencyTable table;

    @BeforeAll
    static void start() throws Exception { table = IdempotencyTable.start(); }

    @AfterAll
    static void stop() throws Exception { table.close(); }

    private static SQSEvent batch(List<String> bodies) {
        var records = new ArrayList<SQSEvent.SQSMessage>();
        for (int i = 0; i < bodies.size(); i++) {
            var message = new SQSEvent.SQSMessage();
            message.setMessageId("message-" + i);
            message.setBody(bodies.get(i));
            message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
            records.add(message);
        }
        var event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    private static String otp(String key, String phone) {
        return Json.write(Notification.sms(key, phone, NotificationTemplate.OTP_CODE, "uz", Map.of("code", "123456")));
    }

    @Test
    void aBatchReportsExactlyTheMessagesThatFailed() {
        var clock = FixedClock.at("2026-11-23T09:00:00Z");
        var sender = new RecordingSender();
        var handler = new SmsNotifierHandler(new NotificationDelivery(Channel.SMS, table.ledger(clock), sender, new MessageTexts(), clock));
        String run = UUID.randomUUID().toString();
        var bodies = List.of(
                otp(run + ":a", "+998901111111"),
                "this is not a notification",
                otp(run + ":b", "+998902222222"),
                otp(run + ":a", "+998901111111"),
                "{\"idempotencyKey\":\"" + run + ":c\",\"channel\":\"sms\",\"recipient\":\"+998903333333\",\"template\":\"no-such-template\","
                        + "\"language\":\"uz\",\"parameters\":{}}",
                Json.write(Notification.email(run + ":d", "aziza@example.uz", NotificationTemplate.OTP_CODE, "uz", Map.of("code", "1"))));

        var response = handler.handleRequest(batch(bodies), new TestContext("sms-notifier"));

        assertEquals(List.of("message-1", "message-4", "message-5"),
                response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        assertEquals(List.of("+998901111111", "+998902222222"), sender.sent.stream().map(s -> s.notification().recipient()).toList(),
                "each good one sent once, the duplicate acknowledged");
        assertEquals("UltraMarket: tasdiqlash kodi 123456. Uni hech kimga aytmang.", sender.sent.getFirst().message().text());
    }

    @Test
    void aProviderFailureFailsOnlyThatMessageAndItsRetrySends() {
        var clock = FixedClock.at("2026-11-23T09:00:00Z");
        var sender = new RecordingSender();
        var handler = new SmsNotifierHandler(new NotificationDelivery(Channel.SMS, table.ledger(clock), sender, new MessageTexts(), clock));
        String run = UUID.randomUUID().toString();
        sender.failNext.set(1);

        var first = handler.handleRequest(batch(List.of(otp(run + ":x", "+998901111111"), otp(run + ":y", "+998902222222"))), null);
        assertEquals(List.of("message-0"), first.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());

        var retry = handler.handleRequest(batch(List.of(otp(run + ":x", "+998901111111"))), null);
        assertEquals(List.of(), retry.getBatchItemFailures());
        assertEquals(1, sender.sentTo(run + ":x"));
        assertEquals(1, sender.sentTo(run + ":y"));
    }
}
