package uz.ultramarket.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Lambda's SQS event source mapping, locally: long-polls the queue and hands batches to the consumer as
 * {@link SQSEvent}s. Messages the consumer reports in {@code batchItemFailures} (all of them, if it throws) stay on
 * the queue and come back after {@link #RETRY_AFTER}, so after {@code maxReceiveCount} failures SQS's redrive moves
 * them to the dead-letter queue; the rest are deleted.
 */
final class QueuePoller extends Poller {
    /** How soon a failed message is visible again: shorter than the queue's visibility timeout, for local speed. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final int LONG_POLL_SECONDS = 1;

    private final WarmContainer consumer;
    private final Resources.QueueAddress queue;
    private final int batchSize;
    private final SqsClient sqs;

    QueuePoller(WarmContainer consumer, Resources.QueueAddress queue, int batchSize, SqsClient sqs) {
        this.consumer = consumer;
        this.queue = queue;
        this.batchSize = Math.min(batchSize, 10); // one ReceiveMessage returns at most ten
        this.sqs = sqs;
    }

    QueuePoller start() {
        startLoop("queue-" + consumer.name());
        return this;
    }

    @Override
    protected void loop() {
        while (running()) {
            try {
                var messages = sqs.receiveMessage(r -> r.queueUrl(queue.url())
                        .maxNumberOfMessages(batchSize)
                        .waitTimeSeconds(LONG_POLL_SECONDS)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All")).messages();
                if (!messages.isEmpty()) deliver(messages);
            } catch (RuntimeException e) {
                if (!running()) return;
                Progress.say("polling " + queue.url() + " for " + consumer.name() + " failed: " + e.getMessage());
                sleepQuietly(Duration.ofMillis(500));
            }
        }
    }

    private void deliver(List<Message> messages) {
        Set<String> failed = invoke(messages);
        var done = messages.stream().filter(m -> !failed.contains(m.messageId())).toList();
        var retry = messages.stream().filter(m -> failed.contains(m.messageId())).toList();
        if (!done.isEmpty()) {
            sqs.deleteMessageBatch(r -> r.queueUrl(queue.url()).entries(done.stream()
                    .map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build())
                    .toList()));
        }
        if (!retry.isEmpty()) {
            sqs.changeMessageVisibilityBatch(r -> r.queueUrl(queue.url()).entries(retry.stream()
                    .map(m -> ChangeMessageVisibilityBatchRequestEntry.builder()
                            .id(m.messageId()).receiptHandle(m.receiptHandle()).visibilityTimeout((int) RETRY_AFTER.toSeconds()).build())
                    .toList()));
        }
    }

    private Set<String> invoke(List<Message> messages) {
        try {
            return failures(consumer.invoke(event(messages)), messages);
        } catch (RuntimeException | Error e) {
            Progress.say(consumer.name() + " failed a batch of " + messages.size() + ": " + e);
            return messages.stream().map(Message::messageId).collect(Collectors.toSet());
        }
    }

    /** The ids to keep; as in Lambda, an identifier that names no message of the batch fails all of it. */
    private static Set<String> failures(Object result, List<Message> messages) {
        if (!(result instanceof SQSBatchResponse response) || response.getBatchItemFailures() == null) return Set.of();
        var ids = messages.stream().map(Message::messageId).collect(Collectors.toSet());
        var failed = new HashSet<String>();
        for (var failure : response.getBatchItemFailures()) {
            if (failure.getItemIdentifier() == null || !ids.contains(failure.getItemIdentifier())) return ids;
            failed.add(failure.getItemIdentifier());
        }
        return failed;
    }

    private SQSEvent event(List<Message> messages) {
        var event = new SQSEvent();
        event.setRecords(messages.stream().map(this::record).toList());
        return event;
    }

    private SQSEvent.SQSMessage record(Message message) {
        var record = new SQSEvent.SQSMessage();
        record.setMessageId(message.messageId());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        record.setMd5OfBody(message.md5OfBody());
        record.setMd5OfMessageAttributes(message.md5OfMessageAttributes());
        record.setAttributes(message.attributesAsStrings());
        var attributes = new LinkedHashMap<String, SQSEvent.MessageAttribute>();
        message.messageAttributes().forEach((name, value) -> {
            var attribute = new SQSEvent.MessageAttribute();
            attribute.setDataType(value.dataType());
            attribute.setStringValue(value.stringValue());
            if (value.binaryValue() != null) attribute.setBinaryValue(value.binaryValue().asByteBuffer());
            attributes.put(name, attribute);
        });
        record.setMessageAttributes(attributes);
        record.setEventSource("aws:sqs");
        record.setEventSourceArn(queue.arn());
        record.setAwsRegion(LocalAws.REGION.id());
        return record;
    }
}
