package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.core.notification.NotificationPublisher;
import uz.ultramarket.core.notification.NotificationTemplate;
import uz.ultramarket.registry.Queue;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.World;

/**
 * The shop's messaging path end to end, on the real registry: a producer publishes {@link Notification}s with
 * {@link NotificationPublisher} on the notifications topic (moto's SNS), the filtered subscriptions put them on the SMS
 * and email queues (moto's SQS), the real sms-notifier and email-notifier take them in batches and send through the
 * Eskiz sandbox and moto's SES; the outbox shows the result.
 */
class NotificationsTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir static Path dir;
    private static LocalStack stack;
    private static NotificationPublisher publisher;

    @BeforeAll
    static void start() {
        stack = LocalStack.start(LocalOptions.forTests(dir), World.fromRegistry());
        publisher = new NotificationPublisher(stack.aws().sns(), stack.resources().topicArn(Registry.NOTIFICATIONS));
    }

    @AfterAll
    static void stop() {
        if (stack != null) stack.close();
    }

    private static String newPhone() {
        return "+99890" + String.format("%07d", RANDOM.nextInt(10_000_000));
    }

    private static String newEmail() {
        return "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.uz";
    }

    private static JsonNode outbox(String to) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/_local/outbox.json?to="
                + URLEncoder.encode(to, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.mapper().readTree(response.body());
    }

    private static long smsTo(String phone) {
        String digits = phone.substring(1);
        return stack.eskiz().messages().stream().filter(m -> m.to().equals(digits)).count();
    }

    private static void publishRaw(String body, String channel) {
        stack.aws().sns().publish(r -> r.topicArn(stack.resources().topicArn(Registry.NOTIFICATIONS)).message(body)
                .messageAttributes(Map.of("channel", MessageAttributeValue.builder().dataType("String").stringValue(channel).build())));
    }

    private static int depth(String url, QueueAttributeName attribute) {
        return Integer.parseInt(stack.aws().sqs().getQueueAttributes(r -> r.queueUrl(url).attributeNames(attribute)).attributes().get(attribute));
    }

    private static boolean drained(Queue queue) {
        String url = stack.resources().queue(queue).url();
        return depth(url, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES) == 0
                && depth(url, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE) == 0;
    }

    @Test
    void aLoginCodeReachesEskizAsTheSpecSaysAndShowsInTheOutbox() throws Exception {
        String phone = newPhone();
        publisher.publish(Notification.sms("otp:" + UUID.randomUUID(), phone, NotificationTemplate.OTP_CODE, "ru", Map.of("code", "482913")));

        Await.until(LIMIT, "the SMS at the sandbox", () -> smsTo(phone) == 1);
        var sms = stack.eskiz().messages().stream().filter(m -> m.to().equals(phone.substring(1))).findFirst().orElseThrow();
        assertEquals("UltraMarket: код подтверждения 482913. Никому его не сообщайте.", sms.message());
        assertEquals("4546", sms.from());

        var outbox = outbox(phone);
        assertEquals(1, outbox.path("sms").size());
        assertEquals(sms.message(), outbox.path("sms").get(0).path("message").asText());
        assertEquals(phone.substring(1), outbox.path("sms").get(0).path("to").asText());
        assertEquals(1, outbox("+998 " + phone.substring(4, 6) + " " + phone.substring(6)).path("sms").size(), "found by its digits");

        var page = HTTP.send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/_local/outbox")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("код подтверждения 482913"), "the page lists it");
        var index = HTTP.send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/_local/")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(index.body().contains("href=\"/_local/outbox\""), "the local page links the outbox");
    }

    @Test
    void anEmailIsSentThroughSesAndCapturedByMoto() throws Exception {
        String address = newEmail();
        publisher.publish(Notification.email("order-paid:" + UUID.randomUUID(), address, NotificationTemplate.ORDER_PAID, "en",
                Map.of("orderNumber", "UM-1001", "total", "125000000")));

        Await.until(LIMIT, "the email in moto's SES", () -> {
            try {
                return outbox(address).path("email").size() == 1;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        var email = outbox(address).path("email").get(0);
        assertEquals("UltraMarket: order UM-1001 paid", email.path("subject").asText());
        assertEquals("UltraMarket <no-reply@ultramarket.local>", email.path("from").asText());
        assertTrue(email.path("text").asText().contains("We have received your payment of 1 250 000 UZS for order UM-1001."), email.toString());
        assertEquals(address, email.path("to").get(0).asText());
    }

    @Test
    void theSameNotificationPublishedTwiceIsSentOnce() throws Exception {
        String phone = newPhone();
        var notification = Notification.sms("otp:" + UUID.randomUUID(), phone, NotificationTemplate.OTP_CODE, "uz", Map.of("code", "111222"));
        publisher.publish(notification);
        publisher.publish(notification);
        publisher.publish(notification.expiringAt(java.time.Instant.now().plusSeconds(300)));

        Await.until(LIMIT, "one SMS sent and the queue drained", () -> smsTo(phone) >= 1 && drained(Registry.SMS_NOTIFICATIONS));
        assertEquals(1, smsTo(phone));
    }

    @Test
    void nothingIsLostMessagesInEqualSentPlusDeadLettered() throws Exception {
        stack.eskiz().failNextSends(3); // Eskiz down for three sends: those messages fail once, come back and go out
        var phones = new ArrayList<String>();
        var addresses = new ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            String phone = newPhone();
            phones.add(phone);
            publisher.publish(Notification.sms("otp:" + UUID.randomUUID(), phone, NotificationTemplate.OTP_CODE, "uz", Map.of("code", "00000" + i)));
        }
        for (int i = 0; i < 4; i++) {
            String address = newEmail();
            addresses.add(address);
            publisher.publish(Notification.email("order-placed:" + UUID.randomUUID(), address, NotificationTemplate.ORDER_PLACED, "uz",
                    Map.of("orderNumber", "UM-" + i, "total", "9900000")));
        }
        String run = UUID.randomUUID().toString();
        var poisonSms = List.of(
                "not a notification " + run,
                "{\"idempotencyKey\":\"" + run + "\",\"channel\":\"sms\",\"recipient\":\"+998901234567\",\"template\":\"no-such-template\","
                        + "\"language\":\"uz\",\"parameters\":{}}",
                Json.write(Notification.email(run + ":wrong-queue", "x@example.uz", NotificationTemplate.OTP_CODE, "uz", Map.of("code", "1"))));
        var poisonEmail = List.of("{\"run\":\"" + run + "\"}", "{\"idempotencyKey\":\"" + run + "\",\"channel\":\"email\"}");
        poisonSms.forEach(body -> publishRaw(body, "sms"));
        poisonEmail.forEach(body -> publishRaw(body, "email"));
        int in = phones.size() + addresses.size() + poisonSms.size() + poisonEmail.size();

        var smsDead = new HashMap<String, String>();
        var emailDead = new HashMap<String, String>();
        Await.until(LIMIT, "every message sent or dead-lettered", () -> {
            collect(Registry.SMS_NOTIFICATIONS, smsDead, run);
            collect(Registry.EMAIL_NOTIFICATIONS, emailDead, run);
            return phones.stream().allMatch(p -> smsTo(p) >= 1) && addresses.stream().allMatch(NotificationsTest::hasEmail)
                    && smsDead.size() == poisonSms.size() && emailDead.size() == poisonEmail.size();
        });
        Await.until(LIMIT, "both queues drained", () -> drained(Registry.SMS_NOTIFICATIONS) && drained(Registry.EMAIL_NOTIFICATIONS));

        long smsSent = phones.stream().mapToLong(NotificationsTest::smsTo).sum();
        long emailSent = addresses.stream().filter(NotificationsTest::hasEmail).count();
        assertEquals(phones.size(), smsSent, "each SMS sent exactly once, the three that failed at Eskiz included");
        assertEquals(addresses.size(), emailSent);
        assertEquals(poisonSms.stream().sorted().toList(), smsDead.values().stream().sorted().toList());
        assertEquals(poisonEmail.stream().sorted().toList(), emailDead.values().stream().sorted().toList());
        assertEquals(in, smsSent + emailSent + smsDead.size() + emailDead.size(), "messages in = sent + in the dead-letter queues");
    }

    private static boolean hasEmail(String address) {
        try {
            return outbox(address).path("email").size() == 1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // what this run left in a dead-letter queue, by message id (a message received before may be seen again)
    private static void collect(Queue queue, Map<String, String> into, String run) {
        stack.aws().sqs().receiveMessage(r -> r.queueUrl(stack.resources().queue(queue).deadLetterUrl()).maxNumberOfMessages(10))
                .messages().stream().filter(m -> m.body().contains(run)).forEach(m -> into.put(m.messageId(), m.body()));
    }
}
