package uz.ultramarket.ops.health;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB answers when it can describe one of the shop's tables. */
final class DynamoDbProbe implements Probe {
    private final DynamoDbClient dynamoDb;
    private final String tableName;

    DynamoDbProbe(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override public String component() { return "dynamodb"; }

    @Override public void check() {
        var status = dynamoDb.describeTable(r -> r.tableName(tableName)).table().tableStatusAsString();
        if (!"ACTIVE".equals(status)) throw new IllegalStateException("table " + tableName + " is " + status);
    }
}
