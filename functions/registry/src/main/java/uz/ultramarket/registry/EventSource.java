package uz.ultramarket.registry;

import java.time.Duration;

/** What invokes a function besides HTTP routes. */
public sealed interface EventSource {

    /** SQS messages in batches; the function reports partial batch failures. */
    record FromQueue(Queue queue, int batchSize) implements EventSource {}

    /** Change records of a DynamoDB table's stream, in order per key. */
    record FromStream(Table table, int batchSize) implements EventSource {
        public FromStream {
            if (!table.stream()) throw new IllegalArgumentException("table " + table.name() + " has no stream");
        }
    }

    /** A fixed-rate schedule (EventBridge {@code rate(...)}). */
    record Every(Duration rate) implements EventSource {
        public Every {
            if (rate.toMinutes() < 1) throw new IllegalArgumentException("EventBridge rates are at least one minute");
        }
    }

    /** Runs on every deploy, before traffic (a CloudFormation custom resource; locally, at start). */
    record OnDeploy() implements EventSource {}
}
