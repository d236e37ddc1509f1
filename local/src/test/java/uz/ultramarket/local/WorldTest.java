package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorldTest {
    @Test
    void aFunctionsResourcesMustBeInTheWorld() {
        var missingQueue = assertThrows(IllegalArgumentException.class,
                () -> new World(List.of(TestWorld.CONSUMER), List.of(), List.of(TestWorld.EVENTS), List.of()));
        assertTrue(missingQueue.getMessage().contains("queue work"), missingQueue.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new World(List.of(TestWorld.STREAM_CONSUMER), List.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new World(List.of(), List.of(), List.of(), List.of(TestWorld.WORK)));
    }

    @Test
    void theRegistryIsAConsistentWorld() {
        assertTrue(World.fromRegistry().functions().size() > 0);
        TestWorld.full();
    }
}
