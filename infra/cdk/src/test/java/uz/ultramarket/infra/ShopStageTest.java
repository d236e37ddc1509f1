package uz.ultramarket.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShopStageTest {

    @Test
    void theStageComesFromContextAndIsDevByDefault() {
        assertEquals(ShopStage.DEV, ShopStage.fromContext(null));
        assertEquals(ShopStage.PROD, ShopStage.fromContext("prod"));
        var thrown = assertThrows(IllegalArgumentException.class, () -> ShopStage.fromContext("staging"));
        assertTrue(thrown.getMessage().contains("-c stage=prod"), thrown.getMessage());
    }

    @Test
    void resourceNamesCarryTheStage() {
        assertEquals("ultramarket-prod-order-events", ShopStage.PROD.resourceName("order-events"));
        assertEquals("UltraMarket-dev", ShopStack.nameFor(ShopStage.DEV));
    }
}
