package uz.ultramarket.core;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.json.Json;

class CoreModulesTest {

    @Test
    void componentProvidesSingletonsAndBuildsNothingItIsNotAskedFor() {
        CoreTestComponent component = DaggerCoreTestComponent.create();

        assertNotNull(component.config());
        assertSame(ZoneOffset.UTC, component.clock().getZone());
        assertSame(Json.mapper(), component.objectMapper());
        // AwsClients is made on request, once; no client (nor region) is needed to make it
        assertSame(component.awsClients().get(), component.awsClients().get());
    }
}
