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
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.World;

/** The cart functions in the synthesized shop: their table, that only they write it, and their way to the catalog database. */
class CartStackTest {

    @TempDir
    static Path temp;

    static TemplateJson dev;

    private static final List<uz.ultramarket.registry.FunctionSpec> CART_FUNCTIONS =
            List.of(Registry.VIEW_CART, Registry.ADD_TO_CART, Registry.CHANGE_CART, Registry.MERGE_CART);

    @BeforeAll
    static void synthesize() throws IOException {
        var code = ShopStackTest.standInCode(temp);
        dev = ShopStackTest.synthesize(ShopStage.DEV, World.fromRegistry(), new ShopStackTest.StandIns(code, Optional.empty()));
    }

    @Test
    void theCartsTableIsKeyedByCartWithGuestCartsExpiring() {
        var table = dev.idWhere("AWS::DynamoDB::Table", "TableName", ShopStage.DEV.resourceName(Registry.CARTS.name()));
        var props = properties(dev.resource(table));
        assertEquals(List.of("pk"), list(props.get("KeySchema")).stream().map(k -> map(k).get("AttributeName").toString()).toList());
        assertEquals("expiresAt", map(props.get("TimeToLiveSpecification")).get("AttributeName"));
        assertEquals(true, map(props.get("TimeToLiveSpecification")).get("Enabled"));
    }

    @Test
    void onlyTheCartFunctionsAndCheckoutTouchTheCartsAndTheyReachTheCatalogDatabase() {
        var table = dev.idWhere("AWS::DynamoDB::Table", "TableName", ShopStage.DEV.resourceName(Registry.CARTS.name()));
        for (var spec : Registry.functions()) {
            var actions = ShopStackTest.actionsOn(ShopStackTest.policyStatementsOf(dev, spec), table);
            if (CART_FUNCTIONS.contains(spec) || spec.equals(Registry.CHECKOUT)) { // checkout takes the ordered units out
                assertTrue(actions.containsAll(List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem")), spec.name() + ": " + actions);
                var environment = ShopStackTest.environmentOf(dev, spec);
                assertEquals(java.util.Set.of(table), references(environment.get(Registry.CARTS.envName())), spec.name());
                assertTrue(properties(dev.resource(ShopStackTest.functionId(dev, spec))).containsKey("VpcConfig"),
                        spec.name() + " reads prices and stock from the catalog database");
            } else if (spec.equals(Registry.ADMIN_ANALYTICS)) { // the dashboard counts open carts: reads only
                assertTrue(actions.stream().noneMatch(a -> Set.of("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem",
                        "dynamodb:BatchWriteItem").contains(a.toString())), actions.toString());
            } else {
                assertTrue(actions.isEmpty(), spec.name() + " may not touch the carts: " + actions.stream().map(Object::toString).collect(Collectors.joining(", ")));
            }
        }
    }
}
