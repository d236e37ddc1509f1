package uz.ultramarket.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.ultramarket.infra.TemplateJson.list;
import static uz.ultramarket.infra.TemplateJson.map;
import static uz.ultramarket.infra.TemplateJson.properties;

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
import uz.ultramarket.registry.Access;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.World;

/** The payments functions in the synthesized shop: their table, who may write it, their secrets, and the shop's address. */
class PaymentsStackTest {

    @TempDir
    static Path temp;

    static TemplateJson dev;

    @BeforeAll
    static void synthesize() throws IOException {
        dev = ShopStackTest.synthesize(ShopStage.DEV, World.fromRegistry(), new ShopStackTest.StandIns(ShopStackTest.standInCode(temp), Optional.empty()));
    }

    private static String paymentsTable() {
        return dev.idWhere("AWS::DynamoDB::Table", "TableName", ShopStage.DEV.resourceName(Registry.PAYMENTS.name()));
    }

    @Test
    void thePaymentsTableIsKeyedByProviderTransactionWithPaymesStatementIndex() {
        var props = properties(dev.resource(paymentsTable()));
        assertEquals(List.of("pk", "sk"), list(props.get("KeySchema")).stream().map(k -> map(k).get("AttributeName").toString()).toList());
        var indexes = list(props.get("GlobalSecondaryIndexes")).stream().map(TemplateJson::map)
                .collect(Collectors.toMap(i -> i.get("IndexName").toString(),
                        i -> list(i.get("KeySchema")).stream().map(k -> map(k).get("AttributeName").toString()).toList()));
        assertEquals(Map.of("payme-statement", List.of("statementMonth", "paymeTime")), indexes);
    }

    @Test
    void onlyThePaymentCallbacksWritePayments() {
        var writers = Set.of(Registry.PAYME_MERCHANT, Registry.CLICK_PREPARE, Registry.CLICK_COMPLETE);
        for (var spec : Registry.functions()) {
            var actions = ShopStackTest.actionsOn(ShopStackTest.policyStatementsOf(dev, spec), paymentsTable());
            boolean writes = actions.contains("dynamodb:PutItem") || actions.contains("dynamodb:UpdateItem");
            assertEquals(writers.contains(spec), writes, spec.name() + ": " + actions);
        }
    }

    @Test
    void onlyPaymeMerchantMayRotateThePaymeKeyAndOnlyPaymentFunctionsReadTheProviderSecrets() {
        var readers = Set.of(Registry.PAYME_MERCHANT, Registry.CLICK_PREPARE, Registry.CLICK_COMPLETE, Registry.PAYMENT_LINK);
        for (var spec : Registry.functions()) {
            var statements = ShopStackTest.policyStatementsOf(dev, spec).toString();
            boolean puts = statements.contains("secretsmanager:PutSecretValue") && spec.access().stream()
                    .anyMatch(a -> a.equals(Access.keepSecret(Registry.PAYME_MERCHANT_KEY)));
            assertEquals(spec.equals(Registry.PAYME_MERCHANT), puts, spec.name());
            boolean readsProviders = spec.access().stream().anyMatch(a -> a.equals(Access.readSecret(Registry.CLICK_SECRET_KEY))
                    || a.equals(Access.readSecret(Registry.PAYME_MERCHANT_KEY)) || a.equals(Access.keepSecret(Registry.PAYME_MERCHANT_KEY)));
            assertEquals(readers.contains(spec), readsProviders, spec.name());
        }
    }

    @Test
    void thePaymentLinkKnowsTheShopsAddressAndTheCallbacksAreOpenRoutes() {
        var env = map(properties(dev.resource(ShopStackTest.functionId(dev, Registry.PAYMENT_LINK))).get("Environment")).get("Variables");
        assertEquals("https://dev.ultramarket.uz", map(env).get(Access.LinkToShop.URL_VARIABLE));
        var routes = dev.ofType("AWS::ApiGatewayV2::Route").values().stream().map(TemplateJson::properties)
                .collect(Collectors.toMap(p -> p.get("RouteKey").toString(), p -> p));
        for (var key : List.of("POST /api/payments/payme", "POST /api/payments/click/prepare", "POST /api/payments/click/complete",
                "POST /api/orders/{number}/payment")) {
            assertTrue(routes.containsKey(key), key);
            // Payme and Click authenticate in their own protocol (Basic auth, signatures); no gateway authorizer answers for them
            assertFalse(routes.get(key).containsKey("AuthorizerId"), key);
        }
    }
}
