package uz.ultramarket.notifications.delivery;

import java.net.ServerSocket;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import uz.ultramarket.registry.Registry;

/** DynamoDB Local in memory with the registry's idempotency table, for one test class. */
public final class IdempotencyTable implements AutoCloseable {
    private final DynamoDBProxyServer server;
    private final DynamoDbClient dynamoDb;

    private IdempotencyTable(DynamoDBProxyServer server, DynamoDbClient dynamoDb) {
        this.server = server;
        this.dynamoDb = dynamoDb;
    }

    public static IdempotencyTable start() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) { port = socket.getLocalPort(); }
        var server = ServerRunner.createServerFromCommandLineArgs(new String[] {"-inMemory", "-disableTelemetry", "-port", String.valueOf(port)});
        server.start();
        var dynamoDb = DynamoDbClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        var table = Registry.IDEMPOTENCY;
        dynamoDb.createTable(r -> r.tableName(table.name()).billingMode("PAY_PER_REQUEST")
                .keySchema(k -> k.attributeName(table.partitionKey()).keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName(table.partitionKey()).attributeType(ScalarAttributeType.S)));
        return new IdempotencyTable(server, dynamoDb);
    }

    public DynamoDbClient dynamoDb() { return dynamoDb; }

    public NotificationLedger ledger(java.time.Clock clock) {
        var table = Registry.IDEMPOTENCY;
        return new NotificationLedger(dynamoDb, table.name(), table.partitionKey(), table.ttlAttribute().orElseThrow(), clock, DeliveryModule.LEASE);
    }

    @Override
    public void close() throws Exception {
        dynamoDb.close();
        server.stop();
    }
}
