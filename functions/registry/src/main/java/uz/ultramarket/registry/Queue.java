package uz.ultramarket.registry;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * An SQS queue with its dead-letter queue: a message that fails {@code maxReceiveCount} times moves to
 * {@code <name>-dlq}. Optionally subscribed to a topic (raw delivery) with an SNS filter policy.
 */
public record Queue(String name, Duration visibilityTimeout, int maxReceiveCount, Optional<Subscription> subscription) {

    /** A raw-delivery subscription to {@code topic}; {@code filterPolicy} matches message attributes, e.g. {@code {"type":["OrderPaid"]}}. */
    public record Subscription(Topic topic, Map<String, java.util.List<String>> filterPolicy) {
        public Subscription { filterPolicy = Map.copyOf(filterPolicy); }
    }

    public Queue {
        Names.check(name);
        if (maxReceiveCount < 1) throw new IllegalArgumentException("maxReceiveCount must be at least 1");
    }

    public String deadLetterName() { return name + "-dlq"; }

    /** The environment variable that carries this queue's URL. */
    public String envName() { return "QUEUE_" + Names.constant(name) + "_URL"; }

    /** The environment variable that carries the URL of this queue's dead-letter queue. */
    public String deadLetterEnvName() { return "QUEUE_" + Names.constant(deadLetterName()) + "_URL"; }
}
