package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import uz.ultramarket.local.testfunctions.CountingScheduledFunction;
import uz.ultramarket.local.testfunctions.RecordingQueueConsumer;
import uz.ultramarket.local.testfunctions.RecordingStreamConsumer;

/** Queue, stream, schedule and deploy events delivered by the real local stack to test functions. */
class EventDeliveryTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir static Path dir;
    private static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = LocalStack.start(LocalOptions.forTests(dir), TestWorld.full());
    }

    @AfterAll
    static void stop() {
        if (stack != null) stack.close();
    }

    private static void publish(String body, String type) {
        stack.aws().sns().publish(r -> r.topicArn(stack.resources().topicArn(TestWorld.EVENTS)).message(body)
                .messageAttributes(Map.of("type", MessageAttributeValue.builder().dataType("String").stringValue(type).build())));
    }

    @Test
    void publishedEventsReachTheConsumerAndAPoisonMessageEndsInTheDeadLetterQueue() throws Exception {
        String run = UUID.randomUUID().toString();
        var bodies = new ArrayList<String>();
        for (int i = 0; i < 6; i++) bodies.add("{\"run\":\"" + run + "\",\"n\":" + i + "}");
        bodies.forEach(body -> publish(body, "Work"));
        String poison = "{\"run\":\"" + run + "\",\"poison\":true}";
        publish(poison, "Work");
        publish("{\"run\":\"" + run + "\",\"filtered\":true}", "Other");

        var queue = stack.resources().queue(TestWorld.WORK);
        var deadLetters = new ArrayList<String>();
        Await.until(LIMIT, "six messages consumed and the poison one dead-lettered", () -> {
            stack.aws().sqs().receiveMessage(r -> r.queueUrl(queue.deadLetterUrl()).maxNumberOfMessages(10))
                    .messages().forEach(m -> deadLetters.add(m.body()));
            return consumed(run).size() == 6 && !deadLetters.isEmpty();
        });

        assertEquals(bodies.stream().sorted().toList(), consumed(run).stream().sorted().toList());
        assertEquals(List.of(poison), deadLetters);
        assertEquals(7, consumed(run).size() + deadLetters.size(), "every message that passed the filter is consumed or dead-lettered");
        assertTrue(RecordingQueueConsumer.CONSUMED.stream().noneMatch(b -> b.contains("filtered")), "the filter policy kept Other out");

        var poisonDeliveries = RecordingQueueConsumer.RECEIVED.stream().filter(m -> m.getBody().equals(poison)).toList();
        assertEquals(TestWorld.WORK.maxReceiveCount(), poisonDeliveries.size(), "tried maxReceiveCount times, then redriven");
        var last = poisonDeliveries.getLast();
        assertEquals(Integer.toString(TestWorld.WORK.maxReceiveCount()), last.getAttributes().get("ApproximateReceiveCount"));
        assertEquals(queue.arn(), last.getEventSourceArn());
        assertEquals("aws:sqs", last.getEventSource());
        assertEquals("Work", last.getMessageAttributes().get("type").getStringValue());
        assertNotNull(last.getReceiptHandle());

        var attributes = stack.aws().sqs().getQueueAttributes(r -> r.queueUrl(queue.url())
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        assertEquals("0", attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
        assertEquals("0", attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE), "consumed messages were deleted");
    }

    private static List<String> consumed(String run) {
        return RecordingQueueConsumer.CONSUMED.stream().filter(b -> b.contains(run)).toList();
    }

    @Test
    void insertsAndModificationsReachTheStreamConsumer() throws Exception {
        String key = "item-" + UUID.randomUUID();
        var dynamoDb = stack.aws().dynamoDb();
        String table = stack.resources().table(TestWorld.ITEMS).name();
        dynamoDb.putItem(r -> r.tableName(table).item(Map.of("pk", s(key), "price", AttributeValue.fromN("1500000"), "tags", AttributeValue.fromSs(List.of("new")))));
        dynamoDb.updateItem(r -> r.tableName(table).key(Map.of("pk", s(key)))
                .updateExpression("SET price = :p").expressionAttributeValues(Map.of(":p", AttributeValue.fromN("1200000"))));

        Await.until(LIMIT, "an INSERT and a MODIFY of " + key, () -> records(key).size() >= 2);
        var records = records(key);
        assertEquals(List.of("INSERT", "MODIFY"), records.stream().map(r -> r.getEventName()).toList());

        var insert = records.get(0);
        assertEquals(stack.resources().table(TestWorld.ITEMS).streamArn().orElseThrow(), insert.getEventSourceARN());
        assertEquals("aws:dynamodb", insert.getEventSource());
        assertEquals(key, insert.getDynamodb().getKeys().get("pk").getS());
        assertEquals("1500000", insert.getDynamodb().getNewImage().get("price").getN());
        assertEquals(List.of("new"), insert.getDynamodb().getNewImage().get("tags").getSS());
        assertEquals(null, insert.getDynamodb().getOldImage());

        var modify = records.get(1);
        assertEquals("1500000", modify.getDynamodb().getOldImage().get("price").getN());
        assertEquals("1200000", modify.getDynamodb().getNewImage().get("price").getN());
        assertEquals("NEW_AND_OLD_IMAGES", modify.getDynamodb().getStreamViewType());
        assertTrue(modify.getDynamodb().getSequenceNumber().compareTo(insert.getDynamodb().getSequenceNumber()) > 0
                || modify.getDynamodb().getSequenceNumber().length() > insert.getDynamodb().getSequenceNumber().length());
    }

    private static List<com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord> records(String key) {
        return RecordingStreamConsumer.RECORDS.stream().filter(r -> key.equals(r.getDynamodb().getKeys().get("pk").getS())).toList();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    @Test
    void aScheduleRunsOnRequest() throws Exception {
        int before = CountingScheduledFunction.RUNS.get();
        var http = HttpClient.newHttpClient();
        var run = http.send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/_local/schedules/ticker"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, run.statusCode(), run.body());
        assertTrue(run.body().contains("\"result\":\"run " + (before + 1) + "\""), run.body());
        assertEquals(before + 1, CountingScheduledFunction.RUNS.get());

        var unknown = http.send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/_local/schedules/echo"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
    }

    @Test
    void theDeployHookRanOnceBeforeServing() throws Exception {
        var endpoints = stack.endpoints();
        try (var connection = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.databaseUser(), endpoints.databasePassword());
             var rows = connection.createStatement().executeQuery("select request_type from deploy_runs order by id")) {
            var types = new ArrayList<String>();
            while (rows.next()) types.add(rows.getString(1));
            assertEquals(List.of("Create"), types, "a fresh data folder is a Create");
        }
        assertFalse(stack.readyIn().isNegative());
    }
}
