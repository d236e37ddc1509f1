package uz.ultramarket.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.ultramarket.local.testfunctions.CountingScheduledFunction;
import uz.ultramarket.local.testfunctions.CreateTableOnDeploy;
import uz.ultramarket.local.testfunctions.EchoHandler;
import uz.ultramarket.local.testfunctions.FailingHandler;
import uz.ultramarket.local.testfunctions.RecordingQueueConsumer;
import uz.ultramarket.local.testfunctions.RecordingStreamConsumer;
import uz.ultramarket.registry.Access;
import uz.ultramarket.registry.EventSource;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.Queue;
import uz.ultramarket.registry.Route;
import uz.ultramarket.registry.Table;
import uz.ultramarket.registry.Topic;
import uz.ultramarket.registry.World;

/** A small world of test-only functions that exercises every kind of trigger the local stack delivers. */
final class TestWorld {
    static final Table ITEMS = Table.named("items").key("pk").ttl("expiresAt").stream().index("by-owner", "owner", null).build();
    static final Topic EVENTS = new Topic("test-events");
    /** Takes only events whose {@code type} attribute is {@code Work}; a message failing twice goes to {@code work-dlq}. */
    static final Queue WORK = new Queue("work", Duration.ofSeconds(30), 2,
            Optional.of(new Queue.Subscription(EVENTS, Map.of("type", List.of("Work")))));

    private static final String MODULE = "local";

    static FunctionSpec echo(String name, Route... routes) {
        var builder = FunctionSpec.named(name).handler(MODULE, EchoHandler.class.getName()).may(Access.read(ITEMS));
        for (var route : routes) builder.route(route);
        return builder.build();
    }

    static final List<FunctionSpec> HTTP = List.of(
            echo("echo", new Route("ANY", "/api/echo")),
            echo("echo-post", Route.post("/api/echo")),
            echo("item-special", Route.get("/api/items/special")),
            echo("item", Route.get("/api/items/{id}")),
            echo("item-part", new Route("ANY", "/api/items/{id}/parts/{part}")),
            echo("files", new Route("ANY", "/api/files/{path+}")),
            echo("special-files", Route.get("/api/files/special/{rest+}")),
            FunctionSpec.named("failing").handler(MODULE, FailingHandler.class.getName()).route(Route.get("/api/fail")).build(),
            echo("fallback", Route.DEFAULT));

    static final FunctionSpec CONSUMER = FunctionSpec.named("work-consumer").handler(MODULE, RecordingQueueConsumer.class.getName())
            .on(new EventSource.FromQueue(WORK, 5)).may(Access.consume(WORK)).build();
    static final FunctionSpec STREAM_CONSUMER = FunctionSpec.named("items-stream").handler(MODULE, RecordingStreamConsumer.class.getName())
            .on(new EventSource.FromStream(ITEMS, 10)).may(Access.read(ITEMS)).build();
    static final FunctionSpec TICKER = FunctionSpec.named("ticker").handler(MODULE, CountingScheduledFunction.class.getName())
            .on(new EventSource.Every(Duration.ofMinutes(5))).build();
    static final FunctionSpec DEPLOY = FunctionSpec.named("create-tables").handler(MODULE, CreateTableOnDeploy.class.getName())
            .on(new EventSource.OnDeploy()).may(Access.writeDatabase()).build();

    private TestWorld() {}

    /** Every test function, table, topic and queue. */
    static World full() {
        var functions = new java.util.ArrayList<>(HTTP);
        functions.addAll(List.of(CONSUMER, STREAM_CONSUMER, TICKER, DEPLOY));
        return new World(functions, List.of(ITEMS), List.of(EVENTS), List.of(WORK));
    }

    /** Only the table and the deploy hook: enough to see what survives a restart. */
    static World storage() {
        return new World(List.of(DEPLOY), List.of(ITEMS), List.of(), List.of());
    }
}
