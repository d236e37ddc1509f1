package uz.ultramarket.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.CORSRule;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import uz.ultramarket.registry.Queue;
import uz.ultramarket.registry.Table;
import uz.ultramarket.registry.Topic;

/**
 * Creates the world's tables, topics, queues, subscriptions and buckets — idempotently, so a second start (or a LocalStack
 * that already has them) works. Existing tables keep their data and get the streams, indexes and TTL the registry
 * added since.
 */
final class Provisioner {
    private static final Duration ACTIVE_LIMIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Provisioner() {}

    static Map<String, Resources.TableAddress> tables(DynamoDbClient dynamoDb, List<Table> tables) {
        var created = new LinkedHashMap<String, Resources.TableAddress>();
        // listed rather than described one by one: DynamoDB Local logs a warning for every missing table described
        var existing = dynamoDb.listTablesPaginator().tableNames().stream().collect(Collectors.toSet());
        for (var table : tables) {
            var description = existing.contains(table.name())
                    ? reconcile(dynamoDb, table, dynamoDb.describeTable(r -> r.tableName(table.name())).table())
                    : create(dynamoDb, table);
            ensureTimeToLive(dynamoDb, table);
            created.put(table.name(), new Resources.TableAddress(description.tableName(), description.tableArn(),
                    Optional.ofNullable(description.latestStreamArn()).filter(arn -> table.stream())));
        }
        return created;
    }

    static Map<String, String> topics(SnsClient sns, List<Topic> topics) {
        return topics.stream().collect(Collectors.toMap(Topic::name, t -> sns.createTopic(r -> r.name(t.name())).topicArn(),
                (a, b) -> a, LinkedHashMap::new));
    }

    static Map<String, Resources.QueueAddress> queues(SqsClient sqs, SnsClient sns, List<Queue> queues, Map<String, String> topicArns) {
        var created = new LinkedHashMap<String, Resources.QueueAddress>();
        for (var queue : queues) {
            String deadLetterUrl = sqs.createQueue(r -> r.queueName(queue.deadLetterName())).queueUrl();
            String deadLetterArn = arn(sqs, deadLetterUrl);
            String url = sqs.createQueue(r -> r.queueName(queue.name())).queueUrl();
            // set after creating, because CreateQueue refuses attributes that differ from an existing queue's
            sqs.setQueueAttributes(r -> r.queueUrl(url).attributes(Map.of(
                    QueueAttributeName.VISIBILITY_TIMEOUT, Long.toString(queue.visibilityTimeout().toSeconds()),
                    QueueAttributeName.REDRIVE_POLICY, json(Map.of("deadLetterTargetArn", deadLetterArn, "maxReceiveCount", queue.maxReceiveCount())))));
            String arn = arn(sqs, url);
            queue.subscription().ifPresent(s -> subscribe(sns, topicArns.get(s.topic().name()), arn, s.filterPolicy()));
            created.put(queue.name(), new Resources.QueueAddress(url, arn, deadLetterUrl, deadLetterArn));
        }
        return created;
    }

    /**
     * Each bucket by its registry name, which is also its name here (in AWS, CloudFormation names it). A bucket that takes
     * uploads gets the CORS rule the cloud's has: browsers on {@code shopOrigins} may PUT to it with a presigned URL.
     */
    static Map<String, String> buckets(S3Client s3, List<uz.ultramarket.registry.Bucket> buckets,
                                       List<uz.ultramarket.registry.Bucket> takingUploads, List<String> shopOrigins) {
        var existing = s3.listBuckets().buckets().stream().map(Bucket::name).collect(Collectors.toSet());
        var created = new LinkedHashMap<String, String>();
        for (var bucket : buckets) {
            if (!existing.contains(bucket.name())) s3.createBucket(r -> r.bucket(bucket.name()));
            if (takingUploads.contains(bucket)) allowUploads(s3, bucket.name(), shopOrigins);
            created.put(bucket.name(), bucket.name());
        }
        return created;
    }

    /** PUT only, from the shop's pages only, with the one header a presigned upload signs besides the host. */
    static void allowUploads(S3Client s3, String bucketName, List<String> shopOrigins) {
        var rule = CORSRule.builder().allowedMethods("PUT").allowedOrigins(shopOrigins).allowedHeaders("content-type")
                .exposeHeaders("ETag").maxAgeSeconds(3000).build();
        s3.putBucketCors(r -> r.bucket(bucketName).corsConfiguration(c -> c.corsRules(rule)));
    }

    private static void subscribe(SnsClient sns, String topicArn, String queueArn, Map<String, List<String>> filterPolicy) {
        boolean exists = sns.listSubscriptionsByTopicPaginator(r -> r.topicArn(topicArn)).subscriptions().stream()
                .anyMatch(s -> queueArn.equals(s.endpoint()));
        if (exists) return;
        var attributes = new LinkedHashMap<String, String>();
        attributes.put("RawMessageDelivery", "true");
        if (!filterPolicy.isEmpty()) {
            attributes.put("FilterPolicyScope", "MessageAttributes");
            attributes.put("FilterPolicy", json(filterPolicy));
        }
        sns.subscribe(r -> r.topicArn(topicArn).protocol("sqs").endpoint(queueArn).attributes(attributes));
    }

    private static String arn(SqsClient sqs, String queueUrl) {
        return sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    private static TableDescription create(DynamoDbClient dynamoDb, Table table) {
        var indexes = table.indexes().stream().map(Provisioner::index).toList();
        dynamoDb.createTable(r -> {
            r.tableName(table.name())
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(keys(table.partitionKey(), table.sortKey()))
                    .attributeDefinitions(attributes(table));
            if (!indexes.isEmpty()) r.globalSecondaryIndexes(indexes);
            if (table.stream()) r.streamSpecification(stream());
        });
        return awaitActive(dynamoDb, table.name());
    }

    private static TableDescription reconcile(DynamoDbClient dynamoDb, Table table, TableDescription existing) {
        if (table.stream() && (existing.streamSpecification() == null || !existing.streamSpecification().streamEnabled())) {
            dynamoDb.updateTable(r -> r.tableName(table.name()).streamSpecification(stream()));
        }
        var present = existing.globalSecondaryIndexes().stream().map(i -> i.indexName()).collect(Collectors.toSet());
        for (var index : table.indexes()) {
            if (present.contains(index.name())) continue;
            awaitActive(dynamoDb, table.name());
            var create = GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName(index.name())
                    .keySchema(keys(index.partitionKey(), index.sortKey()))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build())).build();
            dynamoDb.updateTable(r -> r.tableName(table.name()).attributeDefinitions(attributes(table)).globalSecondaryIndexUpdates(create));
        }
        return awaitActive(dynamoDb, table.name());
    }

    private static void ensureTimeToLive(DynamoDbClient dynamoDb, Table table) {
        if (table.ttlAttribute().isEmpty()) return;
        var status = dynamoDb.describeTimeToLive(r -> r.tableName(table.name())).timeToLiveDescription().timeToLiveStatus();
        if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING) return;
        dynamoDb.updateTimeToLive(r -> r.tableName(table.name())
                .timeToLiveSpecification(s -> s.enabled(true).attributeName(table.ttlAttribute().get())));
    }

    // the SDK's waiter polls every 20 s; the emulators are ready in milliseconds
    private static TableDescription awaitActive(DynamoDbClient dynamoDb, String name) {
        long deadline = System.nanoTime() + ACTIVE_LIMIT.toNanos();
        while (true) {
            var table = dynamoDb.describeTable(r -> r.tableName(name)).table();
            boolean indexesReady = table.globalSecondaryIndexes().stream().allMatch(i -> "ACTIVE".equals(i.indexStatusAsString()));
            if (table.tableStatus() == TableStatus.ACTIVE && indexesReady) return table;
            if (System.nanoTime() > deadline) throw new IllegalStateException("table " + name + " did not become active");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating table " + name, e);
            }
        }
    }

    private static GlobalSecondaryIndex index(Table.Index index) {
        return GlobalSecondaryIndex.builder().indexName(index.name())
                .keySchema(keys(index.partitionKey(), index.sortKey()))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }

    private static List<KeySchemaElement> keys(String partitionKey, Optional<String> sortKey) {
        var keys = new ArrayList<KeySchemaElement>();
        keys.add(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build());
        sortKey.ifPresent(k -> keys.add(KeySchemaElement.builder().attributeName(k).keyType(KeyType.RANGE).build()));
        return keys;
    }

    /** Every key attribute of the table and its indexes; all keys are strings. */
    private static List<AttributeDefinition> attributes(Table table) {
        var names = new LinkedHashSet<String>();
        Stream.concat(Stream.of(table.partitionKey()), table.sortKey().stream()).forEach(names::add);
        table.indexes().forEach(i -> { names.add(i.partitionKey()); i.sortKey().ifPresent(names::add); });
        return names.stream().map(n -> AttributeDefinition.builder().attributeName(n).attributeType(ScalarAttributeType.S).build()).toList();
    }

    private static StreamSpecification stream() {
        return StreamSpecification.builder().streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
