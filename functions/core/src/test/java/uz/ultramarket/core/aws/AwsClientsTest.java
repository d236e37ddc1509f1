package uz.ultramarket.core.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import uz.ultramarket.core.config.Config;

class AwsClientsTest {

    private static AwsClients clients(Map<String, String> values) {
        return new AwsClients(new Config(values::get));
    }

    @Test
    void serviceEndpointWinsOverTheGlobalOne() {
        try (AwsClients aws = clients(Map.of(
                "AWS_REGION", "eu-central-1",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:4566",
                "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000"))) {

            assertEquals(Optional.of(URI.create("http://127.0.0.1:8000")),
                    aws.dynamoDb().serviceClientConfiguration().endpointOverride());
            assertEquals(Optional.of(URI.create("http://127.0.0.1:4566")),
                    aws.sqs().serviceClientConfiguration().endpointOverride());
            assertEquals(Optional.of(URI.create("http://127.0.0.1:4566")),
                    aws.sns().serviceClientConfiguration().endpointOverride());
            assertEquals(Optional.of(URI.create("http://127.0.0.1:4566")),
                    aws.secretsManager().serviceClientConfiguration().endpointOverride());
            assertEquals(Region.EU_CENTRAL_1, aws.dynamoDb().serviceClientConfiguration().region());
        }
    }

    @Test
    void eachServiceReadsItsOwnVariable() {
        try (AwsClients aws = clients(Map.of(
                "AWS_REGION", "eu-central-1",
                "AWS_ENDPOINT_URL_DYNAMODB_STREAMS", "http://127.0.0.1:8001",
                "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9000",
                "AWS_ENDPOINT_URL_SES", "http://127.0.0.1:9001",
                "AWS_ENDPOINT_URL_SECRETS_MANAGER", "http://127.0.0.1:9002"))) {

            assertEquals(Optional.of(URI.create("http://127.0.0.1:8001")),
                    aws.dynamoDbStreams().serviceClientConfiguration().endpointOverride());
            assertEquals(Optional.of(URI.create("http://127.0.0.1:9000")),
                    aws.s3().serviceClientConfiguration().endpointOverride());
            assertEquals(Optional.of(URI.create("http://127.0.0.1:9001")),
                    aws.sesV2().serviceClientConfiguration().endpointOverride());
            assertEquals(Optional.of(URI.create("http://127.0.0.1:9002")),
                    aws.secretsManager().serviceClientConfiguration().endpointOverride());
            assertEquals(Optional.empty(), aws.sqs().serviceClientConfiguration().endpointOverride());
        }
    }

    @Test
    void clientsAreBuiltOnce() {
        try (AwsClients aws = clients(Map.of("AWS_REGION", "eu-central-1"))) {
            assertSame(aws.dynamoDb(), aws.dynamoDb());
            assertSame(aws.s3(), aws.s3());
        }
    }

    @Test
    void regionFallsBackToDefaultRegionThenFailsClearly() {
        try (AwsClients aws = clients(Map.of("AWS_DEFAULT_REGION", "us-east-1"))) {
            assertEquals(Region.US_EAST_1, aws.region());
        }
        try (AwsClients aws = clients(Map.of())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, aws::sqs);
            assertTrue(e.getMessage().contains("AWS_REGION"), e.getMessage());
        }
    }

    @Test
    void credentialsComeFromConfigSoSystemPropertiesWorkInProcess() {
        try (AwsClients aws = clients(Map.of(
                "AWS_REGION", "eu-central-1",
                "AWS_ACCESS_KEY_ID", "AKIDLOCAL",
                "AWS_SECRET_ACCESS_KEY", "local-secret"))) {

            var provider = aws.dynamoDb().serviceClientConfiguration().credentialsProvider();
            var identity = provider.resolveIdentity().join();

            assertEquals("AKIDLOCAL", identity.accessKeyId());
        }
    }
}
