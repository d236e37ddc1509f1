package uz.ultramarket.ops.health;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** The PostgreSQL and DynamoDB probes against the real things (SNS and SQS are covered by the local stack's tests). */
class ProbesTest {
    private static EmbeddedPostgres postgres;
    private static DynamoDBProxyServer dynamoLocal;
    private static DynamoDbClient dynamoDb;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        int port;
        try (var socket = new ServerSocket(0)) { port = socket.getLocalPort(); }
        dynamoLocal = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-disableTelemetry", "-port", String.valueOf(port)});
        dynamoLocal.start();
        dynamoDb = DynamoDbClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
        dynamoDb.createTable(r -> r.tableName("idempotency").billingMode("PAY_PER_REQUEST")
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S)));
    }

    @AfterAll
    static void stop() throws Exception {
        dynamoDb.close();
        dynamoLocal.stop();
        postgres.close();
    }

    @Test
    void postgresIsUpWhenItAnswersAndDownWhenNothingListens() throws Exception {
        assertDoesNotThrow(() -> new PostgresProbe(postgres.getPostgresDatabase()).check());

        var nowhere = new PGSimpleDataSource();
        try (var socket = new ServerSocket(0)) { nowhere.setPortNumbers(new int[] {socket.getLocalPort()}); }
        nowhere.setServerNames(new String[] {"127.0.0.1"});
        nowhere.setConnectTimeout(1);
        assertThrows(Exception.class, () -> new PostgresProbe(nowhere).check());
    }

    @Test
    void dynamoDbIsUpWhenTheTableExistsAndDownWhenItDoesNot() {
        assertDoesNotThrow(() -> new DynamoDbProbe(dynamoDb, "idempotency", "pk").check());
        assertThrows(ResourceNotFoundException.class, () -> new DynamoDbProbe(dynamoDb, "no-such-table", "pk").check());
    }
}
