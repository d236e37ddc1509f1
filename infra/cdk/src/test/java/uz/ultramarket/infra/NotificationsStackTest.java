package uz.ultramarket.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.ultramarket.infra.TemplateJson.list;
import static uz.ultramarket.infra.TemplateJson.map;
import static uz.ultramarket.infra.TemplateJson.number;
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
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;
import uz.ultramarket.registry.Access;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.Queue;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.World;

/** The messaging path in the synthesized shop: the notifications topic, a filtered queue per channel, and what each notifier may touch. */
class NotificationsStackTest {

    @TempDir
    static Path temp;

    static TemplateJson dev;

    @BeforeAll
    static void synthesize() throws IOException {
        var code = ShopStackTest.standInCode(temp);
        dev = ShopStackTest.synthesize(ShopStage.DEV, World.fromRegistry(), new ShopStackTest.StandIns(code, Optional.empty()));
    }

    private static String secretId(String name) {
        return dev.idWhere("AWS::SecretsManager::Secret", "Name", OperatorSecrets.secretName(ShopStage.DEV, name));
    }

    private static String identityId() {
        return dev.ofType("AWS::SES::EmailIdentity").keySet().iterator().next();
    }

    @Test
    void eachChannelHasItsQueueFilteredFromTheNotificationsTopicWithABoundedDeadLetterQueue() {
        var topic = dev.idWhere("AWS::SNS::Topic", "TopicName", ShopStage.DEV.resourceName(Registry.NOTIFICATIONS.name()));
        for (var entry : Map.of(Registry.SMS_NOTIFICATIONS, "sms", Registry.EMAIL_NOTIFICATIONS, "email").entrySet()) {
            Queue queue = entry.getKey();
            var subscription = dev.ofType("AWS::SNS::Subscription").values().stream().map(TemplateJson::properties)
                    .filter(s -> references(s.get("Endpoint")).contains(ShopStackTest.queueId(dev, queue.name()))).findFirst().orElseThrow();
            assertEquals(Set.of(topic), references(subscription.get("TopicArn")));
            assertEquals(Map.of("channel", List.of(entry.getValue())), subscription.get("FilterPolicy"));
            assertEquals(true, subscription.get("RawMessageDelivery"));
            var redrive = map(properties(dev.resource(ShopStackTest.queueId(dev, queue.name()))).get("RedrivePolicy"));
            assertEquals(5, number(redrive.get("maxReceiveCount")), queue.name());
        }
    }

    @Test
    void theSmsNotifierReadsExactlyTheEskizSecretAndNothingElseInSecretsManager() {
        var statements = ShopStackTest.policyStatementsOf(dev, Registry.SMS_NOTIFIER);
        var eskiz = secretId(Registry.ESKIZ.name());
        assertEquals(Set.of("secretsmanager:GetSecretValue"), ShopStackTest.actionsOn(statements, eskiz));
        var secretStatements = statements.stream().filter(s -> list(s.get("Action")).stream().anyMatch(a -> a.toString().startsWith("secretsmanager:"))).toList();
        assertEquals(Set.of(eskiz), secretStatements.stream().flatMap(s -> references(s.get("Resource")).stream()).collect(Collectors.toSet()));
        assertEquals(Set.of(eskiz), references(ShopStackTest.environmentOf(dev, Registry.SMS_NOTIFIER).get(Registry.ESKIZ.envName())));
        assertFalse(statements.stream().flatMap(s -> list(s.get("Action")).stream()).anyMatch(a -> a.toString().startsWith("ses:")));

        for (var spec : Registry.functions()) {
            if (spec == Registry.SMS_NOTIFIER) continue;
            assertTrue(ShopStackTest.actionsOn(ShopStackTest.policyStatementsOf(dev, spec), eskiz).isEmpty(), spec.name() + " may not read the Eskiz login");
        }
    }

    @Test
    void theEmailNotifierSendsOnlyFromTheShopsIdentity() {
        var statements = ShopStackTest.policyStatementsOf(dev, Registry.EMAIL_NOTIFIER);
        var ses = statements.stream().filter(s -> list(s.get("Action")).stream().anyMatch(a -> a.toString().startsWith("ses:"))).toList();
        assertFalse(ses.isEmpty());
        ses.forEach(s -> {
            assertFalse(list(s.get("Resource")).contains("*"), s.toString());
            assertEquals(Set.of(identityId()), references(s.get("Resource")));
        });
        assertTrue(ShopStackTest.actionsOn(statements, identityId()).contains("ses:SendEmail"));
        var environment = ShopStackTest.environmentOf(dev, Registry.EMAIL_NOTIFIER);
        assertEquals("UltraMarket <no-reply@dev.ultramarket.uz>", environment.get(Access.SendEmail.FROM_VARIABLE));
        assertFalse(environment.keySet().stream().anyMatch(k -> k.startsWith("SECRET_")), "no secrets for email");
        assertEquals("dev.ultramarket.uz", properties(dev.resource(identityId())).get("EmailIdentity"));
    }

    @Test
    void bothNotifiersAreFedTheirQueueInBatchesReportRecordFailuresAndWriteTheIdempotencyTable() {
        var table = dev.idWhere("AWS::DynamoDB::Table", "TableName", ShopStage.DEV.resourceName(Registry.IDEMPOTENCY.name()));
        for (var entry : Map.of(Registry.SMS_NOTIFIER, Registry.SMS_NOTIFICATIONS, Registry.EMAIL_NOTIFIER, Registry.EMAIL_NOTIFICATIONS).entrySet()) {
            FunctionSpec notifier = entry.getKey();
            var alias = ShopStackTest.aliasId(dev, notifier);
            var mapping = dev.ofType("AWS::Lambda::EventSourceMapping").values().stream().map(TemplateJson::properties)
                    .filter(m -> references(m.get("FunctionName")).contains(alias)).findFirst().orElseThrow();
            assertEquals(Set.of(ShopStackTest.queueId(dev, entry.getValue().name())), references(mapping.get("EventSourceArn")));
            assertEquals(List.of("ReportBatchItemFailures"), mapping.get("FunctionResponseTypes"));
            var statements = ShopStackTest.policyStatementsOf(dev, notifier);
            assertTrue(ShopStackTest.actionsOn(statements, table).containsAll(Set.of("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:GetItem")));
            assertNull(properties(dev.resource(ShopStackTest.functionId(dev, notifier))).get("VpcConfig"), notifier.name() + " reaches Eskiz/SES without NAT");
            assertEquals(Set.of(table), references(ShopStackTest.environmentOf(dev, notifier).get(Registry.IDEMPOTENCY.envName())));
        }
    }

    @Test
    void theMailDomainComesFromContextAndIsAnOutput() {
        var app = App.Builder.create().context(Map.of(Mail.CONTEXT_KEY, "shop.example.uz")).build();
        var template = TemplateJson.of(new ShopStack(app, ShopStage.PROD, World.fromRegistry(),
                new ShopStackTest.StandIns(temp.resolve("code"), Optional.empty())));
        var identity = template.ofType("AWS::SES::EmailIdentity").values().iterator().next();
        assertEquals("shop.example.uz", properties(identity).get("EmailIdentity"));
        assertEquals("UltraMarket <no-reply@shop.example.uz>",
                ShopStackTest.environmentOf(template, Registry.EMAIL_NOTIFIER).get(Access.SendEmail.FROM_VARIABLE));
        var outputs = Template.fromStack(new ShopStack(App.Builder.create().context(Map.of(Mail.CONTEXT_KEY, "shop.example.uz")).build(),
                ShopStage.DEV, World.fromRegistry(), new ShopStackTest.StandIns(temp.resolve("code"), Optional.empty()))).toJSON().get("Outputs");
        assertEquals("shop.example.uz", map(map(outputs).get("MailDomain")).get("Value"));
    }
}
