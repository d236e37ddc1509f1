package uz.ultramarket.registry;

import java.util.List;
import java.util.stream.Stream;

/**
 * A set of functions with the tables, topics and queues they use, and the buckets the web front serves — what the local
 * stack brings to life and what the CDK app deploys. The shop's comes from the {@link Registry}; tests declare worlds of
 * their own.
 */
public record World(List<FunctionSpec> functions, List<Table> tables, List<Topic> topics, List<Queue> queues, List<Bucket> buckets) {

    public World {
        functions = List.copyOf(functions);
        tables = List.copyOf(tables);
        topics = List.copyOf(topics);
        queues = List.copyOf(queues);
        buckets = List.copyOf(buckets);
        checkUses(functions, tables, topics, queues);
    }

    /** A world without buckets. */
    public World(List<FunctionSpec> functions, List<Table> tables, List<Topic> topics, List<Queue> queues) {
        this(functions, tables, topics, queues, List.of());
    }

    /** Every function's tables, topics and queues, and every subscription's topic, must be in the world. */
    private static void checkUses(List<FunctionSpec> functions, List<Table> tables, List<Topic> topics, List<Queue> queues) {
        for (var function : functions) {
            usedTables(function).filter(t -> !tables.contains(t)).findAny().ifPresent(t -> missing(function, "table", t.name()));
            usedTopics(function).filter(t -> !topics.contains(t)).findAny().ifPresent(t -> missing(function, "topic", t.name()));
            usedQueues(function).filter(q -> !queues.contains(q)).findAny().ifPresent(q -> missing(function, "queue", q.name()));
        }
        for (var queue : queues) {
            queue.subscription().filter(s -> !topics.contains(s.topic()))
                    .ifPresent(s -> { throw new IllegalArgumentException("queue " + queue.name() + " subscribes to topic " + s.topic().name() + ", which is not in the world"); });
        }
    }

    /** The secrets the world's functions read (or keep), each once, in the order they are first named. */
    public List<Secret> secrets() {
        return functions.stream().flatMap(f -> f.access().stream())
                .flatMap(a -> switch (a) {
                    case Access.ReadSecret r -> Stream.of(r.secret());
                    case Access.KeepSecret k -> Stream.of(k.secret());
                    default -> Stream.<Secret>empty();
                })
                .distinct().toList();
    }

    /** Whether some function of the world sends email. */
    public boolean sendsEmail() {
        return functions.stream().anyMatch(f -> f.access().contains(Access.sendEmail()));
    }

    /** Every function, table, topic and queue of UltraMarket. */
    public static World fromRegistry() {
        return new World(Registry.functions(), Registry.tables(), Registry.topics(), Registry.queues(), Registry.buckets());
    }

    private static Stream<Table> usedTables(FunctionSpec function) {
        return Stream.concat(
                function.access().stream().flatMap(a -> switch (a) {
                    case Access.ReadTable r -> Stream.of(r.table());
                    case Access.WriteTable w -> Stream.of(w.table());
                    case Access.AppendTo append -> Stream.of(append.table());
                    default -> Stream.empty();
                }),
                function.events().stream().flatMap(e -> e instanceof EventSource.FromStream s ? Stream.of(s.table()) : Stream.empty()));
    }

    private static Stream<Topic> usedTopics(FunctionSpec function) {
        return function.access().stream().flatMap(a -> a instanceof Access.Publish p ? Stream.of(p.topic()) : Stream.empty());
    }

    private static Stream<Queue> usedQueues(FunctionSpec function) {
        return Stream.concat(
                function.access().stream().flatMap(a -> a instanceof Access.UseQueue q ? Stream.of(q.queue()) : Stream.empty()),
                function.events().stream().flatMap(e -> e instanceof EventSource.FromQueue q ? Stream.of(q.queue()) : Stream.empty()));
    }

    private static void missing(FunctionSpec function, String kind, String name) {
        throw new IllegalArgumentException("function " + function.name() + " uses " + kind + " " + name + ", which is not in the world");
    }
}
