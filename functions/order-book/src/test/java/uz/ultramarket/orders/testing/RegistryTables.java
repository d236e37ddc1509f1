package uz.ultramarket.orders.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import uz.ultramarket.registry.Table;

/** The registry's tables in a test's DynamoDB Local, as the local stack and CDK make them. */
public final class RegistryTables {

    private RegistryTables() {}

    /** {@code table} with its keys, indexes (all attributes projected) and stream as declared. */
    public static void create(DynamoDbClient db, Table table) {
        var attributes = Stream.concat(Stream.of(table.partitionKey()), Stream.concat(table.sortKey().stream(),
                        table.indexes().stream().flatMap(i -> Stream.concat(Stream.of(i.partitionKey()), i.sortKey().stream()))))
                .distinct().map(name -> AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build()).toList();
        db.createTable(r -> {
            r.tableName(table.name()).billingMode("PAY_PER_REQUEST").keySchema(keys(table.partitionKey(), table.sortKey()))
                    .attributeDefinitions(attributes);
            if (!table.indexes().isEmpty()) {
                r.globalSecondaryIndexes(table.indexes().stream().map(i -> GlobalSecondaryIndex.builder().indexName(i.name())
                        .keySchema(keys(i.partitionKey(), i.sortKey())).projection(p -> p.projectionType(ProjectionType.ALL)).build()).toList());
            }
            if (table.stream()) r.streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES));
        });
    }

    private static List<KeySchemaElement> keys(String partitionKey, Optional<String> sortKey) {
        var keys = new ArrayList<KeySchemaElement>();
        keys.add(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build());
        sortKey.ifPresent(s -> keys.add(KeySchemaElement.builder().attributeName(s).keyType(KeyType.RANGE).build()));
        return keys;
    }
}
