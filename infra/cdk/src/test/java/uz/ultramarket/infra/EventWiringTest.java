package uz.ultramarket.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.ultramarket.infra.TemplateJson.list;
import static uz.ultramarket.infra.TemplateJson.map;
import static uz.ultramarket.infra.TemplateJson.number;
import static uz.ultramarket.infra.TemplateJson.properties;
import static uz.ultramarket.infra.TemplateJson.references;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import uz.ultramarket.registry.Access;
import uz.ultramarket.registry.EventSource;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.Queue;
import uz.ultramarket.registry.Table;
import uz.ultramarket.registry.Topic;
import uz.ultramarket.registry.World;

/**
 * What the registry does not declare yet but the stack must build right when it does: queue consumers, stream
 * consumers, schedules, filtered subscriptions, write access to a table with an index — on a world of its own.
 */
class EventWiringTest {

    static final Table ORDERS = Table.named("orders").key("pk", "sk").stream().index("by-customer", "customerId", "placedAt").build();
    static final Topic EVENTS = new Topic("order-events");
    static final Queue SMS = new Queue("sms", Duration.ofSeconds(90), 3,
            Optional.of(new Queue.Subscription(EVENTS, Map.of("type", List.of("OrderPaid", "OrderShipped")))));

    static final FunctionSpec PUBLISHER = FunctionSpec.named("publish-order-events").handler("orders", "test.PublishOrderEvents")
            .on(new EventSource.FromStream(ORDERS, 50)).may(Access.publish(EVENTS)).build();
    static final FunctionSpec SMS_SENDER = FunctionSpec.named("send-sms").handler("messaging", "test.SendSms")
            .timeout(Duration.ofSeconds(30)).on(new EventSource.FromQueue(SMS, 10)).build();
    static final FunctionSpec EXPIRY = FunctionSpec.named("expire-unpaid-orders").handler("orders", "test.ExpireUnpaidOrders")
            .on(new EventSource.Every(Duration.ofMinutes(5))).may(Access.write(ORDERS)).build();

    @TempDir
    static Path temp;

    static TemplateJson template;

    @BeforeAll
    static void synthesize() throws IOException {
        var code = ShopStackTest.standInCode(temp);
        var world = new World(List.of(PUBLISHER, SMS_SENDER, EXPIRY), List.of(ORDERS), List.of(EVENTS), List.of(SMS));
        template = ShopStackTest.synthesize(ShopStage.DEV, world, new ShopStackTest.StandIns(code, Optional.empty()));
    }

    @Test
    void queueConsumersGetBatchesThroughTheirAliasAndReportPartialFailures() {
        var mapping = mappingOf(SMS_SENDER);
        assertEquals(10, number(mapping.get("BatchSize")));
        assertEquals(List.of("ReportBatchItemFailures"), mapping.get("FunctionResponseTypes"));
        assertEquals(Set.of(ShopStackTest.queueId(template, SMS.name())), references(mapping.get("EventSourceArn")));
        var actions = ShopStackTest.actionsOn(ShopStackTest.policyStatementsOf(template, SMS_SENDER), ShopStackTest.queueId(template, SMS.name()));
        assertTrue(actions.containsAll(Set.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility")), actions.toString());
    }

    @Test
    void streamConsumersReadNewAndOldImagesFromTheOldestRecordAndSplitFailingBatches() {
        var table = properties(template.resource(tableId()));
        assertEquals(Map.of("StreamViewType", "NEW_AND_OLD_IMAGES"), table.get("StreamSpecification"));
        var mapping = mappingOf(PUBLISHER);
        assertEquals("TRIM_HORIZON", mapping.get("StartingPosition"));
        assertEquals(50, number(mapping.get("BatchSize")));
        assertEquals(true, mapping.get("BisectBatchOnFunctionError"));
        assertEquals(List.of("ReportBatchItemFailures"), mapping.get("FunctionResponseTypes"));
        assertTrue(references(mapping.get("EventSourceArn")).contains(tableId()));
    }

    @Test
    void schedulesInvokeTheAliasAtTheDeclaredRate() {
        var rules = template.ofType("AWS::Events::Rule").values().stream().map(TemplateJson::properties).toList();
        assertEquals(1, rules.size());
        assertEquals("rate(5 minutes)", rules.getFirst().get("ScheduleExpression"));
        var target = map(list(rules.getFirst().get("Targets")).getFirst());
        assertEquals(Set.of(ShopStackTest.aliasId(template, EXPIRY)), references(target.get("Arn")));
    }

    @Test
    void filteredSubscriptionsMatchMessageAttributes() {
        var subscription = properties(template.ofType("AWS::SNS::Subscription").values().iterator().next());
        assertEquals(Map.of("type", List.of("OrderPaid", "OrderShipped")), subscription.get("FilterPolicy"));
        assertEquals(true, subscription.get("RawMessageDelivery"));
    }

    @Test
    void writeAccessReachesTheTableAndItsIndexesOnly() {
        var statements = ShopStackTest.policyStatementsOf(template, EXPIRY);
        var resources = statements.stream().flatMap(s -> list(s.get("Resource")).stream()).toList();
        assertTrue(resources.stream().anyMatch(r -> r.toString().contains("/index/*")), "the table's indexes: " + resources);
        assertEquals(Set.of(tableId()), statements.stream().flatMap(s -> references(s.get("Resource")).stream()).collect(Collectors.toSet()));
        assertTrue(ShopStackTest.actionsOn(statements, tableId()).containsAll(Set.of("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem")));
        assertEquals(Set.of("POWERTOOLS_SERVICE_NAME", "POWERTOOLS_LOG_LEVEL", "STAGE", ORDERS.envName()),
                ShopStackTest.environmentOf(template, EXPIRY).keySet());
    }

    @Test
    void consumersAreGrantedNoDataActionOnEveryResource() {
        ShopStackTest.assertNoDataActionOnEveryResource(template);
    }

    @Test
    void noFunctionOutsideTheDatabaseJoinsTheVpc() {
        for (var spec : List.of(PUBLISHER, SMS_SENDER, EXPIRY)) {
            assertTrue(properties(template.resource(ShopStackTest.functionId(template, spec))).get("VpcConfig") == null, spec.name());
        }
    }

    @Test
    void aQueueThatCouldRedeliverWhileItsConsumerStillWorksIsRefused() {
        var slow = FunctionSpec.named("slow").handler("messaging", "test.Slow").timeout(Duration.ofMinutes(5))
                .on(new EventSource.FromQueue(SMS, 10)).build();
        var world = new World(List.of(slow), List.of(), List.of(EVENTS), List.of(SMS));
        var thrown = assertThrows(IllegalArgumentException.class, () -> new ShopStack(new App(), ShopStage.DEV, world,
                new ShopStackTest.StandIns(temp.resolve("code"), Optional.empty())));
        assertTrue(thrown.getMessage().contains("visibility timeout"), thrown.getMessage());
    }

    private static String tableId() {
        return template.idWhere("AWS::DynamoDB::Table", "TableName", ShopStage.DEV.resourceName(ORDERS.name()));
    }

    private static Map<String, Object> mappingOf(FunctionSpec spec) {
        var alias = ShopStackTest.aliasId(template, spec);
        var mappings = template.ofType("AWS::Lambda::EventSourceMapping").values().stream().map(TemplateJson::properties)
                .filter(m -> references(m.get("FunctionName")).contains(alias)).toList();
        assertEquals(1, mappings.size(), spec.name() + " is fed through its alias");
        return mappings.getFirst();
    }
}
