package uz.ultramarket.infra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.constructs.Construct;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.sns.StringConditions;
import software.amazon.awscdk.services.sns.SubscriptionFilter;
import software.amazon.awscdk.services.sns.subscriptions.SqsSubscription;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import uz.ultramarket.registry.Queue;
import uz.ultramarket.registry.Topic;

/**
 * SNS topics and SQS queues of the world. Every queue has a dead-letter queue ({@code <name>-dlq}) and SSE; a
 * subscribed queue gets the topic's messages raw, filtered on message attributes.
 */
public final class Messaging extends Construct {

    // the longest SQS keeps a message: time to look at a failed one before it is gone
    private static final Duration DEAD_LETTER_RETENTION = Duration.days(14);

    private final Map<Topic, software.amazon.awscdk.services.sns.Topic> topics = new LinkedHashMap<>();
    private final Map<Queue, software.amazon.awscdk.services.sqs.Queue> queues = new LinkedHashMap<>();
    private final Map<Queue, software.amazon.awscdk.services.sqs.Queue> deadLetterQueues = new LinkedHashMap<>();

    public Messaging(Construct scope, String id, List<Topic> declaredTopics, List<Queue> declaredQueues, ShopStage stage) {
        super(scope, id);
        for (var topic : declaredTopics) {
            topics.put(topic, software.amazon.awscdk.services.sns.Topic.Builder.create(this, topic.name())
                    .topicName(stage.resourceName(topic.name()))
                    .enforceSsl(true)
                    .build());
        }
        for (var queue : declaredQueues) {
            var deadLetters = software.amazon.awscdk.services.sqs.Queue.Builder.create(this, queue.deadLetterName())
                    .queueName(stage.resourceName(queue.deadLetterName()))
                    .encryption(QueueEncryption.SQS_MANAGED)
                    .enforceSsl(true)
                    .retentionPeriod(DEAD_LETTER_RETENTION)
                    .build();
            var built = software.amazon.awscdk.services.sqs.Queue.Builder.create(this, queue.name())
                    .queueName(stage.resourceName(queue.name()))
                    .visibilityTimeout(Duration.seconds(queue.visibilityTimeout().toSeconds()))
                    .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(queue.maxReceiveCount()).build())
                    // SQS-managed keys: SNS can deliver to them, unlike the AWS-managed KMS key
                    .encryption(QueueEncryption.SQS_MANAGED)
                    .enforceSsl(true)
                    .build();
            queue.subscription().ifPresent(subscription -> topic(subscription.topic()).addSubscription(
                    SqsSubscription.Builder.create(built)
                            .rawMessageDelivery(true)
                            .filterPolicy(subscription.filterPolicy().isEmpty() ? null : filterPolicy(subscription.filterPolicy()))
                            .build()));
            queues.put(queue, built);
            deadLetterQueues.put(queue, deadLetters);
        }
    }

    public software.amazon.awscdk.services.sns.Topic topic(Topic topic) {
        return found(topics.get(topic), "topic " + topic.name());
    }

    public software.amazon.awscdk.services.sqs.Queue queue(Queue queue) {
        return found(queues.get(queue), "queue " + queue.name());
    }

    public Map<Queue, software.amazon.awscdk.services.sqs.Queue> deadLetterQueues() { return Collections.unmodifiableMap(deadLetterQueues); }

    private static Map<String, SubscriptionFilter> filterPolicy(Map<String, List<String>> policy) {
        return policy.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> SubscriptionFilter.stringFilter(StringConditions.builder().allowlist(e.getValue()).build())));
    }

    private static <T> T found(T resource, String what) {
        if (resource == null) throw new IllegalArgumentException(what + " is not in the world");
        return resource;
    }
}
