package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

class TestWorldTest {
    @Test
    void theTestWorldsAreConsistent() {
        assertDoesNotThrow(TestWorld::full);
        assertDoesNotThrow(TestWorld::storage);
    }
}
