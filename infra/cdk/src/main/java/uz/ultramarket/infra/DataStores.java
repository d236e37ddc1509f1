package uz.ultramarket.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.StreamViewType;
import uz.ultramarket.registry.Table;

/** The DynamoDB tables of the world: on-demand, point-in-time recovery, TTL and streams where declared. */
public final class DataStores extends Construct {

    private final Map<Table, software.amazon.awscdk.services.dynamodb.Table> tables = new LinkedHashMap<>();

    public DataStores(Construct scope, String id, List<Table> declared, ShopStage stage) {
        super(scope, id);
        for (var table : declared) {
            var built = software.amazon.awscdk.services.dynamodb.Table.Builder.create(this, table.name())
                    .tableName(stage.resourceName(table.name()))
                    .partitionKey(key(table.partitionKey()))
                    .sortKey(table.sortKey().map(DataStores::key).orElse(null))
                    .timeToLiveAttribute(table.ttlAttribute().orElse(null))
                    .stream(table.stream() ? StreamViewType.NEW_AND_OLD_IMAGES : null)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build())
                    .deletionProtection(stage.isProd())
                    .removalPolicy(stage.dataRemoval())
                    .build();
            for (var index : table.indexes()) {
                built.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
                        .indexName(index.name())
                        .partitionKey(key(index.partitionKey()))
                        .sortKey(index.sortKey().map(DataStores::key).orElse(null))
                        .build());
            }
            tables.put(table, built);
        }
    }

    public software.amazon.awscdk.services.dynamodb.Table table(Table table) {
        var built = tables.get(table);
        if (built == null) throw new IllegalArgumentException("table " + table.name() + " is not in the world");
        return built;
    }

    private static Attribute key(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }
}
