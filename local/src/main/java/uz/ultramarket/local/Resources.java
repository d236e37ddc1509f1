package uz.ultramarket.local;

import java.util.Map;
import java.util.Optional;
import uz.ultramarket.registry.Queue;
import uz.ultramarket.registry.Table;
import uz.ultramarket.registry.Topic;

/** The physical names, ARNs and URLs of the world's tables, topics and queues, once created. */
public record Resources(Map<String, TableAddress> tables, Map<String, String> topicArns, Map<String, QueueAddress> queues) {

    public record TableAddress(String name, String arn, Optional<String> streamArn) {}

    public record QueueAddress(String url, String arn, String deadLetterUrl, String deadLetterArn) {}

    public Resources {
        tables = Map.copyOf(tables);
        topicArns = Map.copyOf(topicArns);
        queues = Map.copyOf(queues);
    }

    public TableAddress table(Table table) { return find(tables, table.name()); }

    public String topicArn(Topic topic) { return find(topicArns, topic.name()); }

    public QueueAddress queue(Queue queue) { return find(queues, queue.name()); }

    private static <T> T find(Map<String, T> byName, String name) {
        var found = byName.get(name);
        if (found == null) throw new IllegalArgumentException(name + " is not in this world");
        return found;
    }
}
