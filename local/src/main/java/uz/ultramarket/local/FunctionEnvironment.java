package uz.ultramarket.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import uz.ultramarket.registry.Access;
import uz.ultramarket.registry.Bucket;
import uz.ultramarket.registry.World;

/**
 * What Lambda would put in each function's environment, set as JVM system properties (functions read
 * configuration through core's {@code Config}, which lets a system property stand for the variable of the same
 * name). One JVM hosts every function, so all of them see every resource — locally only.
 */
record FunctionEnvironment(Map<String, String> properties) {

    static FunctionEnvironment of(World world, Resources resources, Endpoints endpoints, boolean verbose) {
        var properties = new LinkedHashMap<String, String>();
        properties.put("STAGE", "local");
        properties.put("AWS_REGION", LocalAws.REGION.id());
        properties.put("aws.region", LocalAws.REGION.id()); // for any SDK client built without core's Config
        properties.put("aws.accessKeyId", LocalAws.ACCESS_KEY_ID);
        properties.put("aws.secretAccessKey", LocalAws.SECRET_ACCESS_KEY);
        properties.put("AWS_ENDPOINT_URL", endpoints.aws().toString());
        properties.put("AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamoDb().toString());
        properties.put("AWS_ENDPOINT_URL_DYNAMODB_STREAMS", endpoints.dynamoDb().toString());
        properties.put("DB_URL", endpoints.jdbcUrl());
        properties.put("DB_USER", endpoints.databaseUser());
        properties.put("DB_PASSWORD", endpoints.databasePassword());
        // one JVM serves a function's concurrent requests here, where Lambda runs one container (and pool) for each
        properties.put("DB_POOL_SIZE", "8");
        for (var table : world.tables()) properties.put(table.envName(), resources.table(table).name());
        for (var topic : world.topics()) properties.put(topic.envName(), resources.topicArn(topic));
        for (var queue : world.queues()) {
            properties.put(queue.envName(), resources.queue(queue).url());
            properties.put(queue.deadLetterEnvName(), resources.queue(queue).deadLetterUrl());
        }
        for (var bucket : uploadTargets(world)) properties.put(bucket.envName(), resources.bucket(bucket));
        properties.putAll(logging(verbose).properties());
        return new FunctionEnvironment(properties);
    }

    /** The buckets some function of {@code world} signs uploads to ({@link Access.UploadTo}), each once. */
    static List<Bucket> uploadTargets(World world) {
        return world.functions().stream().flatMap(f -> f.access().stream())
                .flatMap(a -> a instanceof Access.UploadTo upload ? Stream.of(upload.bucket()) : Stream.empty())
                .distinct().toList();
    }

    /** The same, plus {@code more} (what the sandboxes and the emulator's secrets add). */
    FunctionEnvironment with(Map<String, String> more) {
        var all = new LinkedHashMap<>(properties);
        all.putAll(more);
        return new FunctionEnvironment(all);
    }

    /**
     * Quiet keeps the console to the stack's own lines: no INFO logs, no per-request metrics. Core's Log4j
     * configuration reads its level once, when the first logger is made — by DynamoDB Local or zonky, early in the
     * start — so this is set before anything else.
     */
    static FunctionEnvironment logging(boolean verbose) {
        return new FunctionEnvironment(verbose ? Map.of() : Map.of("POWERTOOLS_LOG_LEVEL", "WARN", "POWERTOOLS_METRICS_DISABLED", "true"));
    }

    /** Writes the properties to {@code file}, in {@link java.util.Properties} format. */
    void save(Path file) throws IOException {
        var saved = new Properties();
        saved.putAll(properties);
        try (var out = Files.newBufferedWriter(file)) {
            saved.store(out, "what the local stack's functions see; written at every start");
        }
    }

    /** Sets the properties; closing puts back what was there before, so stacks can follow each other in one JVM. */
    AutoCloseable apply() {
        var previous = new HashMap<String, String>();
        properties.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
        return () -> previous.forEach((name, value) -> {
            if (value == null) System.clearProperty(name);
            else System.setProperty(name, value);
        });
    }
}
