package uz.ultramarket.ops.health;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB answers when a read of one of the shop's tables succeeds. A data-plane {@code GetItem} of a key that never
 * exists, not {@code DescribeTable}: control-plane calls are rate-limited and need a wider IAM grant.
 */
final class DynamoDbProbe implements Probe {
    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Map<String, AttributeValue> key;

    DynamoDbProbe(DynamoDbClient dynamoDb, String tableName, String partitionKey) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.key = Map.of(partitionKey, AttributeValue.fromS("health-probe"));
    }

    @Override public String component() { return "dynamodb"; }

    @Override public void check() { dynamoDb.getItem(r -> r.tableName(tableName).key(key)); }
}
