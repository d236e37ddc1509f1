package uz.ultramarket.local;

import java.util.Map;
import java.util.Optional;
import uz.ultramarket.registry.Bucket;
import uz.ultramarket.registry.Queue;
import uz.ultramarket.registry.Table;
import uz.ultramarket.registry.Topic;

/** The physical names, ARNs and URLs of the world's tables, topics, queues and buckets, once created. */
public record Resources(Map<String, TableAddress> tables, Map<String, String> topicArns, Map<String, QueueAddress> queues,
                        Map<String, String> buckets) {

    public record TableAddress(String name, String arn, Optional<String> streamArn) {}

    public record QueueAddress(String url, String arn, String deadLetterUrl, String deadLetterArn) {}

    public Resources {
        tables = Map.copyOf(tables);
        topicArns = Map.copyOf(topicArns);
        queues = Map.copyOf(queues);
        buckets = Map.copyOf(buckets);
    }

    public TableAddress table(Table table) { return find(tables, table.name()); }

    public String topicArn(Topic topic) { return find(topicArns, topic.name()); }

    public QueueAddress queue(Queue queue) { return find(queues, queue.name()); }

    /** The bucket's name in S3. */
    public String bucket(Bucket bucket) { return find(buckets, bucket.name()); }

    private static <T> T find(Map<String, T> byName, String name) {
        var found = byName.get(name);
        if (found == null) throw new IllegalArgumentException(name + " is not in this world");
        return found;
    }
}
