package uz.ultramarket.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.ultramarket.infra.TemplateJson.list;
import static uz.ultramarket.infra.TemplateJson.map;
import static uz.ultramarket.infra.TemplateJson.properties;
import static uz.ultramarket.infra.TemplateJson.references;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.World;

/** The accounts functions in the synthesized shop: who may write the signing keys, who may only read them, and their table. */
class AccountsStackTest {

    @TempDir
    static Path temp;

    static TemplateJson dev;

    @BeforeAll
    static void synthesize() throws IOException {
        var code = ShopStackTest.standInCode(temp);
        dev = ShopStackTest.synthesize(ShopStage.DEV, World.fromRegistry(), new ShopStackTest.StandIns(code, Optional.empty()));
    }

    @Test
    void theSigningKeysAreWrittenOnlyByTheSignersAndReadOnlyByTheVerifiers() {
        var keys = dev.idWhere("AWS::SecretsManager::Secret", "Name", OperatorSecrets.secretName(ShopStage.DEV, Registry.SIGNING_KEYS.name()));
        var signers = Set.of(Registry.REQUEST_OTP, Registry.REGISTER, Registry.LOGIN, Registry.REFRESH_SESSION, Registry.ROTATE_SIGNING_KEY);
        var verifiers = Set.of(Registry.PROFILE, Registry.ADDRESSES, Registry.VIEW_CART, Registry.ADD_TO_CART, Registry.CHANGE_CART,
                Registry.MERGE_CART, Registry.CHECKOUT, Registry.ORDERS_OF_CUSTOMER, Registry.PAYMENT_LINK);
        for (var spec : Registry.functions()) {
            var actions = ShopStackTest.actionsOn(ShopStackTest.policyStatementsOf(dev, spec), keys);
            if (signers.contains(spec)) {
                assertEquals(Set.of("secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue"), actions, spec.name());
                assertEquals(Set.of(keys), references(ShopStackTest.environmentOf(dev, spec).get(Registry.SIGNING_KEYS.envName())));
            } else if (verifiers.contains(spec) || spec.staff().isPresent()) { // the admin console checks staff tokens
                assertEquals(Set.of("secretsmanager:GetSecretValue"), actions, spec.name());
            } else {
                assertTrue(actions.isEmpty(), spec.name() + " may not touch the signing keys");
            }
        }
        var description = properties(dev.resource(keys)).get("Description").toString();
        assertFalse(description.contains("set by the operator"), description);
    }

    @Test
    void theAccountsTableHasItsKeysAndTtlAndItsFunctionsRunOutsideTheVpc() {
        var table = dev.idWhere("AWS::DynamoDB::Table", "TableName", ShopStage.DEV.resourceName(Registry.ACCOUNTS.name()));
        var props = properties(dev.resource(table));
        assertEquals(Set.of("pk", "sk"), list(props.get("KeySchema")).stream().map(k -> map(k).get("AttributeName").toString()).collect(Collectors.toSet()));
        assertEquals("expiresAt", map(props.get("TimeToLiveSpecification")).get("AttributeName"));
        for (var spec : List.of(Registry.REQUEST_OTP, Registry.LOGIN, Registry.ADDRESSES, Registry.SEED_ADMIN)) {
            assertFalse(properties(dev.resource(ShopStackTest.functionId(dev, spec))).containsKey("VpcConfig"), spec.name());
        }
    }
}
