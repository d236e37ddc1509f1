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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;
import uz.ultramarket.registry.Access;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.World;

/**
 * The admin console's functions in their nested stack: their routes on the shop's HTTP API, the append-only audit log,
 * uploads of product images, the order tally, and that every stack stays under CloudFormation's 500 resources.
 */
class AdminStackTest {

    private static final int CLOUDFORMATION_RESOURCE_LIMIT = 500;

    @TempDir
    static Path temp;

    /** A parent stack's template and its admin stack's. */
    record Shop(TemplateJson parent, TemplateJson admin, String adminStackId) {

        /** The parent's logical ids that a value in the admin template stands for (through the nested stack's parameters). */
        Set<String> parentIds(Object adminValue) {
            var parameters = map(properties(parent.resource(adminStackId)).get("Parameters"));
            var found = new HashSet<String>();
            for (var ref : references(adminValue)) {
                if (parameters.containsKey(ref)) found.addAll(references(parameters.get(ref)));
                else found.add(ref);
            }
            return found;
        }
    }

    static Shop dev;
    static Shop prod;

    @BeforeAll
    static void synthesize() throws IOException {
        var code = ShopStackTest.standInCode(temp);
        dev = synthesize(ShopStage.DEV, new ShopStackTest.StandIns(code, Optional.empty()));
        prod = synthesize(ShopStage.PROD, new ShopStackTest.StandIns(code, Optional.empty()));
    }

    static Shop synthesize(ShopStage stage, Artifacts artifacts) {
        var stack = new ShopStack(new App(), stage, World.fromRegistry(), artifacts);
        var admin = stack.admin().orElseThrow();
        var parent = TemplateJson.of(Template.fromStack(stack));
        var adminStackId = parent.ofType("AWS::CloudFormation::Stack").keySet().stream().filter(id -> id.startsWith("Admin"))
                .findFirst().orElseThrow();
        return new Shop(parent, TemplateJson.of(Template.fromStack(admin)), adminStackId);
    }

    static List<FunctionSpec> adminFunctions() {
        return Registry.functions().stream().filter(AdminStack::holds).toList();
    }

    @Test
    void theAdminStackHoldsTheStaffFunctionsAndTallyOrdersAndTheParentNoneOfThem() {
        var names = adminFunctions().stream().map(FunctionSpec::name).collect(Collectors.toSet());
        assertEquals(Set.of("admin-products", "admin-categories", "admin-stock", "admin-orders", "admin-delivery", "admin-customers",
                "admin-audit", "admin-analytics", "tally-orders"), names);
        for (var spec : Registry.functions()) {
            var home = AdminStack.holds(spec) ? dev.admin() : dev.parent();
            var elsewhere = AdminStack.holds(spec) ? dev.parent() : dev.admin();
            assertEquals(1, home.ofType("AWS::Lambda::Function").values().stream().filter(f -> spec.handler().equals(properties(f).get("Handler"))).count(), spec.name());
            assertEquals(0, elsewhere.ofType("AWS::Lambda::Function").values().stream().filter(f -> spec.handler().equals(properties(f).get("Handler"))).count(), spec.name());
        }
    }

    @Test
    void everyAdminRouteIsOnTheShopsApiWiredLikeTheOtherAuthenticatedRoutes() {
        var api = dev.parent().ofType("AWS::ApiGatewayV2::Api").keySet().iterator().next();
        // the functions check the token themselves: no API Gateway authorizer on any route, the shopper's included
        var profile = properties(dev.parent().resource(dev.parent().idWhere("AWS::ApiGatewayV2::Route", "RouteKey",
                Registry.PROFILE.routes().getFirst().key())));
        var adminRoutes = 0;
        for (var spec : adminFunctions()) {
            for (var route : spec.routes()) {
                adminRoutes++;
                assertTrue(route.path().startsWith("/api/admin/"), route.key());
                var properties = properties(dev.admin().resource(dev.admin().idWhere("AWS::ApiGatewayV2::Route", "RouteKey", route.key())));
                assertEquals(Set.of(api), dev.parentIds(properties.get("ApiId")), route.key());
                assertEquals(profile.get("AuthorizationType"), properties.get("AuthorizationType"), route.key());
                assertEquals(profile.containsKey("AuthorizerId"), properties.containsKey("AuthorizerId"), route.key());
                var integration = properties(dev.admin().resource(references(properties.get("Target")).iterator().next()));
                assertEquals("AWS_PROXY", integration.get("IntegrationType"));
                assertEquals(Set.of(ShopStackTest.aliasId(dev.admin(), spec)), references(integration.get("IntegrationUri")), route.key());
                assertEquals(Set.of(api), dev.parentIds(integration.get("ApiId")), route.key());
            }
        }
        assertEquals(adminRoutes, dev.admin().ofType("AWS::ApiGatewayV2::Route").size());
        assertTrue(dev.parent().ofType("AWS::ApiGatewayV2::Route").values().stream()
                .noneMatch(r -> properties(r).get("RouteKey").toString().contains("/api/admin/")), "admin routes live with their functions");
        // API Gateway may invoke each admin function's alias
        for (var spec : adminFunctions().stream().filter(FunctionSpec::isHttp).toList()) {
            assertTrue(dev.admin().ofType("AWS::Lambda::Permission").values().stream().map(TemplateJson::properties)
                    .anyMatch(p -> "apigateway.amazonaws.com".equals(p.get("Principal"))
                            && references(p.get("FunctionName")).contains(ShopStackTest.aliasId(dev.admin(), spec))), spec.name());
        }
    }

    @Test
    void theAuditLogIsAppendOnlyForItsWritersAndReadOnlyByAdminAudit() {
        var audit = dev.parent().idWhere("AWS::DynamoDB::Table", "TableName", ShopStage.DEV.resourceName(Registry.AUDIT.name()));
        var writers = adminFunctions().stream().filter(f -> f.access().contains(Access.appendTo(Registry.AUDIT))).toList();
        assertTrue(writers.size() >= 6, writers.toString());
        for (var spec : Registry.functions()) {
            var template = AdminStack.holds(spec) ? dev.admin() : dev.parent();
            var actions = ShopStackTest.policyStatementsOf(template, spec).stream()
                    .filter(s -> AdminStack.holds(spec) ? dev.parentIds(s.get("Resource")).contains(audit) : references(s.get("Resource")).contains(audit))
                    .flatMap(s -> list(s.get("Action")).stream()).collect(Collectors.toSet());
            if (writers.contains(spec)) {
                assertEquals(Set.of("dynamodb:PutItem"), actions, spec.name() + " only adds items");
                assertTrue(ShopStackTest.environmentOf(template, spec).containsKey(Registry.AUDIT.envName()), spec.name());
            } else if (spec.equals(Registry.ADMIN_AUDIT)) {
                assertFalse(actions.isEmpty());
                assertTrue(actions.stream().noneMatch(a -> Set.of("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem",
                        "dynamodb:BatchWriteItem").contains(a.toString())), "admin-audit reads only: " + actions);
                assertTrue(actions.contains("dynamodb:Query"), actions.toString());
            } else {
                assertEquals(Set.of(), actions, spec.name() + " may not touch the audit log");
            }
        }
    }

    @Test
    void onlyAdminProductsMayPutObjectsAndOnlyUnderImagesProducts() {
        var images = dev.parent().ofType("AWS::S3::Bucket").keySet().stream().filter(id -> id.startsWith("WebImages")).findFirst().orElseThrow();
        var putters = new HashSet<String>();
        for (var spec : Registry.functions()) {
            var template = AdminStack.holds(spec) ? dev.admin() : dev.parent();
            for (var statement : ShopStackTest.policyStatementsOf(template, spec)) {
                var actions = list(statement.get("Action")).stream().map(Object::toString).toList();
                if (actions.stream().noneMatch(a -> a.startsWith("s3:Put") || a.equals("s3:*"))) continue;
                putters.add(spec.name());
                assertEquals(List.of("s3:PutObject"), actions, spec.name());
                assertEquals(Set.of(images), dev.parentIds(statement.get("Resource")), spec.name());
                var resource = map(statement.get("Resource")).get("Fn::Join").toString();
                assertTrue(resource.endsWith("/" + Registry.PRODUCT_IMAGES + "*]]"), resource);
            }
        }
        assertEquals(Set.of(Registry.ADMIN_PRODUCTS.name()), putters);
        var environment = ShopStackTest.environmentOf(dev.admin(), Registry.ADMIN_PRODUCTS);
        assertEquals(Set.of(images), dev.parentIds(environment.get(Registry.IMAGES.envName())), "the bucket's name");
        // nobody else in the shop writes objects into the images bucket
        for (var template : List.of(dev.parent(), dev.admin())) {
            for (var statement : ShopStackTest.statements(template)) {
                if (!(template == dev.admin() ? dev.parentIds(statement.get("Resource")) : references(statement.get("Resource"))).contains(images)) continue;
                list(statement.get("Action")).forEach(a -> assertFalse(a.toString().startsWith("s3:PutObject") && !List.of("s3:PutObject").equals(list(statement.get("Action"))),
                        "only admin-products' PutObject: " + statement));
            }
        }
    }

    @Test
    void theImagesBucketAnswersCorsForUploadsFromTheShopsOrigins() {
        var images = dev.parent().ofType("AWS::S3::Bucket").keySet().stream().filter(id -> id.startsWith("WebImages")).findFirst().orElseThrow();
        var distribution = dev.parent().ofType("AWS::CloudFront::Distribution").keySet().iterator().next();
        var cors = dev.parent().ofType("Custom::BucketCors");
        assertEquals(1, cors.size());
        var create = properties(cors.values().iterator().next()).get("Create");
        assertEquals(Set.of(images, distribution), references(create), "the bucket, and the distribution's domain as an origin");
        String call = create.toString();
        assertTrue(call.contains("\"action\":\"putBucketCors\""), call);
        var rule = call.substring(call.indexOf("\"CORSRules\""));
        assertTrue(rule.contains("\"AllowedMethods\":[\"PUT\"]"), rule);
        assertTrue(rule.contains("\"AllowedOrigins\":[\"https://"), rule);
        assertTrue(rule.contains("\"https://dev.ultramarket.uz\"]"), "the shop's own address too: " + rule);
        assertTrue(rule.contains("\"AllowedHeaders\":[\"content-type\"]"), rule);
        assertTrue(rule.contains("\"ExposeHeaders\":[\"ETag\"]"), rule);
        assertTrue(rule.contains("\"MaxAgeSeconds\":3000"), rule);
        // the custom resource may set CORS on that bucket and nothing else
        var corsActions = ShopStackTest.statements(dev.parent()).stream()
                .filter(s -> list(s.get("Action")).contains("s3:PutBucketCORS")).toList();
        assertEquals(1, corsActions.size());
        assertEquals(Set.of(images), references(corsActions.getFirst().get("Resource")));
    }

    @Test
    void tallyOrdersConsumesOrderTally() {
        var queue = ShopStackTest.queueId(dev.parent(), Registry.ORDER_TALLY.name());
        var mappings = dev.admin().ofType("AWS::Lambda::EventSourceMapping").values().stream().map(TemplateJson::properties)
                .filter(m -> references(m.get("FunctionName")).contains(ShopStackTest.aliasId(dev.admin(), Registry.TALLY_ORDERS))).toList();
        assertEquals(1, mappings.size());
        assertEquals(Set.of(queue), dev.parentIds(mappings.getFirst().get("EventSourceArn")));
        assertEquals(List.of("ReportBatchItemFailures"), mappings.getFirst().get("FunctionResponseTypes"));
        var actions = ShopStackTest.policyStatementsOf(dev.admin(), Registry.TALLY_ORDERS).stream()
                .filter(s -> dev.parentIds(s.get("Resource")).contains(queue))
                .flatMap(s -> list(s.get("Action")).stream()).collect(Collectors.toSet());
        assertTrue(actions.containsAll(Set.of("sqs:ReceiveMessage", "sqs:DeleteMessage")), actions.toString());
        // order-tally hears order-events
        var topic = dev.parent().idWhere("AWS::SNS::Topic", "TopicName", ShopStage.DEV.resourceName(Registry.ORDER_EVENTS.name()));
        assertTrue(dev.parent().ofType("AWS::SNS::Subscription").values().stream().map(TemplateJson::properties)
                .anyMatch(s -> references(s.get("Endpoint")).contains(queue) && references(s.get("TopicArn")).contains(topic)));
    }

    @Test
    void everyHttpAdminFunctionHasItsLatencyAlarmOnTheShopsAlarmTopic() {
        var alarmTopic = dev.parent().idWhere("AWS::SNS::Topic", "TopicName", ShopStage.DEV.resourceName("alarms"));
        var alarms = dev.admin().ofType("AWS::CloudWatch::Alarm").values().stream().map(TemplateJson::properties).toList();
        var http = adminFunctions().stream().filter(FunctionSpec::isHttp).toList();
        assertEquals(http.size(), alarms.size());
        for (var spec : http) {
            var alarm = alarms.stream().filter(a -> references(a.get("Dimensions")).contains(ShopStackTest.functionId(dev.admin(), spec))).toList();
            assertEquals(1, alarm.size(), spec.name());
            assertEquals(Set.of(alarmTopic), dev.parentIds(alarm.getFirst().get("AlarmActions")), spec.name());
        }
    }

    @Test
    void everyStackStaysWellUnderCloudFormationsResourceLimit() {
        for (var shop : List.of(dev, prod)) {
            for (var template : List.of(shop.parent(), shop.admin())) {
                int count = template.resources().size();
                assertTrue(count < CLOUDFORMATION_RESOURCE_LIMIT, count + " resources");
            }
            // room to grow: the parent keeps at least a tenth of the limit free, the admin stack far more
            assertTrue(shop.parent().resources().size() <= CLOUDFORMATION_RESOURCE_LIMIT * 9 / 10, shop.parent().resources().size() + " resources");
            assertTrue(shop.admin().resources().size() <= CLOUDFORMATION_RESOURCE_LIMIT / 2, shop.admin().resources().size() + " resources");
        }
    }

    @Test
    void theAdminStackMakesNoExportsOfItsOwn() {
        for (var shop : List.of(dev, prod)) {
            // cross-stack references are CDK's nested-stack parameters and outputs, never Fn::ImportValue
            assertFalse(Stream.of(shop.parent(), shop.admin()).anyMatch(t -> t.resources().toString().contains("Fn::ImportValue")));
        }
    }
}
