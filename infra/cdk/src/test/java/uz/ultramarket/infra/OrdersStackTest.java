package uz.ultramarket.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.ultramarket.infra.TemplateJson.list;
import static uz.ultramarket.infra.TemplateJson.map;
import static uz.ultramarket.infra.TemplateJson.properties;
import static uz.ultramarket.infra.TemplateJson.references;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.World;

/** The orders functions in the synthesized shop: their table and indexes, who writes it, and how events leave it. */
class OrdersStackTest {

    @TempDir
    static Path temp;

    static TemplateJson dev;

    @BeforeAll
    static void synthesize() throws IOException {
        dev = ShopStackTest.synthesize(ShopStage.DEV, World.fromRegistry(), new ShopStackTest.StandIns(ShopStackTest.standInCode(temp), Optional.empty()));
    }

    private static String ordersTable() {
        return dev.idWhere("AWS::DynamoDB::Table", "TableName", ShopStage.DEV.resourceName(Registry.ORDERS.name()));
    }

    @Test
    void theOrdersTableHasItsIndexesAndAStreamOfOldAndNewImages() {
        var props = properties(dev.resource(ordersTable()));
        assertEquals(List.of("pk"), list(props.get("KeySchema")).stream().map(k -> map(k).get("AttributeName").toString()).toList());
        var indexes = list(props.get("GlobalSecondaryIndexes")).stream().map(TemplateJson::map)
                .collect(Collectors.toMap(i -> i.get("IndexName").toString(),
                        i -> list(i.get("KeySchema")).stream().map(k -> map(k).get("AttributeName").toString()).toList()));
        assertEquals(Map.of("by-customer", List.of("customerId", "placed"), "awaiting-payment", List.of("payDue", "payBy"),
                "by-month", List.of("month", "placed")), indexes);
        assertEquals(Map.of("StreamViewType", "NEW_AND_OLD_IMAGES"), props.get("StreamSpecification"));
    }

    @Test
    void onlyCheckoutTheOwnersRoutesTheSweepAndThePaymentCallbacksWriteOrdersAndTheyReachTheCatalogDatabase() {
        var writers = Set.of(Registry.CHECKOUT, Registry.ORDERS_OF_CUSTOMER, Registry.SWEEP_ORDERS, Registry.PAYME_MERCHANT,
                Registry.CLICK_PREPARE, Registry.CLICK_COMPLETE, Registry.ADMIN_ORDERS);
        for (var spec : Registry.functions()) {
            var actions = ShopStackTest.actionsOn(ShopStackTest.policyStatementsOf(dev, spec), ordersTable());
            boolean writes = actions.contains("dynamodb:PutItem") || actions.contains("dynamodb:UpdateItem");
            assertEquals(writers.contains(spec), writes, spec.name() + ": " + actions);
            if (writers.contains(spec)) {
                assertTrue(properties(dev.resource(ShopStackTest.functionId(dev, spec))).containsKey("VpcConfig"),
                        spec.name() + " holds, takes or releases stock in the catalog database");
            }
        }
    }

    @Test
    void theOrderNotifierHearsEveryEventACustomerIsToldAbout() {
        var queue = ShopStackTest.queueId(dev, Registry.ORDER_NOTIFICATIONS.name());
        var filters = dev.ofType("AWS::SNS::Subscription").values().stream().map(TemplateJson::properties)
                .filter(p -> references(p.get("Endpoint")).contains(queue))
                .map(p -> p.get("FilterPolicy")).filter(f -> f instanceof Map<?, ?> m && m.containsKey("type")).toList();
        assertEquals(List.of(Map.of("type", List.of("OrderPlaced", "OrderPaid", "OrderConfirmed", "OrderProcessing", "OrderCancelled", "OrderExpired",
                "OrderShipped", "OrderDelivered", "OrderRefunded"))), filters);
        var rules = dev.ofType("AWS::Events::Rule").values().stream().map(TemplateJson::properties)
                .map(p -> p.get("ScheduleExpression")).collect(Collectors.toSet());
        assertTrue(rules.contains("rate(1 minute)"), "the sweep runs every minute: " + rules);
    }
}
