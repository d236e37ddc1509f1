package uz.ultramarket.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorldTest {
    private static final Table ORDERS = Table.named("orders").key("pk", "sk").stream().build();
    private static final Topic EVENTS = new Topic("events");
    private static final Queue WORK = new Queue("work", Duration.ofSeconds(30), 3,
            Optional.of(new Queue.Subscription(EVENTS, Map.of())));
    private static final FunctionSpec CONSUMER = FunctionSpec.named("consumer").handler("test", "Consumer")
            .on(new EventSource.FromQueue(WORK, 5)).may(Access.consume(WORK)).build();
    private static final FunctionSpec PUBLISHER = FunctionSpec.named("publisher").handler("test", "Publisher")
            .on(new EventSource.FromStream(ORDERS, 10)).may(Access.publish(EVENTS)).build();

    @Test
    void aFunctionsResourcesMustBeInTheWorld() {
        var missingQueue = assertThrows(IllegalArgumentException.class,
                () -> new World(List.of(CONSUMER), List.of(), List.of(EVENTS), List.of()));
        assertTrue(missingQueue.getMessage().contains("queue work"), missingQueue.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new World(List.of(PUBLISHER), List.of(), List.of(EVENTS), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new World(List.of(PUBLISHER), List.of(ORDERS), List.of(), List.of()));
    }

    @Test
    void aSubscriptionsTopicMustBeInTheWorld() {
        assertThrows(IllegalArgumentException.class, () -> new World(List.of(), List.of(), List.of(), List.of(WORK)));
    }

    @Test
    void aCompleteWorldIsAccepted() {
        var world = new World(List.of(CONSUMER, PUBLISHER), List.of(ORDERS), List.of(EVENTS), List.of(WORK));
        assertEquals(2, world.functions().size());
    }

    @Test
    void theRegistryIsAConsistentWorld() {
        var shop = World.fromRegistry();
        assertEquals(Registry.functions(), shop.functions());
        assertEquals(Registry.queues(), shop.queues());
    }
}
