package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With AWS_ENDPOINT_URL set (LocalStack, say), every AWS service comes from there; here a moto stands in for it. */
class ExternalEmulatorTest {
    @TempDir Path dir;

    @Test
    void oneEndpointServesEveryAwsServiceAndNoEmulatorStarts() throws Exception {
        try (var emulator = MotoServer.start(dir.resolve("emulator.log"), FreePort.pick(), System.getenv("PATH"), Path.of(System.getProperty("user.home")))) {
            var data = dir.resolve("data");
            var options = new LocalOptions(0, data, data.resolve("no-frontend"), false, false, Optional.of(emulator.endpoint()), 0, 0);
            try (var stack = LocalStack.start(options, TestWorld.full())) {
                assertEquals(emulator.endpoint(), stack.endpoints().dynamoDb());
                assertEquals(emulator.endpoint(), stack.endpoints().aws());
                assertFalse(Files.exists(data.resolve("dynamodb")), "DynamoDB Local did not start");
                assertFalse(Files.exists(data.resolve("moto.log")), "moto did not start");
                assertTrue(stack.aws().dynamoDb().listTables().tableNames().contains("items"), "the table lives in the emulator");
                assertEquals(emulator.endpoint().toString(), System.getProperty("AWS_ENDPOINT_URL_DYNAMODB"));

                var echo = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/api/items/1")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, echo.statusCode());
            }
            assertEquals(null, System.getProperty("AWS_ENDPOINT_URL_DYNAMODB"), "closing restores the system properties");
        }
    }
}
