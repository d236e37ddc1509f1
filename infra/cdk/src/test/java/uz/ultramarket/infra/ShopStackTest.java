package uz.ultramarket.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.ultramarket.infra.TemplateJson.list;
import static uz.ultramarket.infra.TemplateJson.map;
import static uz.ultramarket.infra.TemplateJson.number;
import static uz.ultramarket.infra.TemplateJson.properties;
import static uz.ultramarket.infra.TemplateJson.references;

import java.io.IOException;
import java.nio.file.Files;
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
import software.amazon.awscdk.services.lambda.Code;
import uz.ultramarket.registry.EventSource;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.Route;
import uz.ultramarket.registry.World;

/**
 * The synthesized shop against the registry it was built from. The templates are built once for the whole class
 * (the first synthesis in a JVM starts jsii's Node process, seconds; later ones are fast): dev with a stand-in storefront
 * build, prod without one.
 */
class ShopStackTest {

    // AWS's managed CloudFront policies, by their fixed ids
    private static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
    private static final String ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";
    // IAM has no resource-level permission for listing streams: CDK grants it on "*" with stream reads
    private static final Set<String> ACTIONS_WITHOUT_RESOURCES = Set.of("dynamodb:ListStreams");

    @TempDir
    static Path temp;

    static TemplateJson dev;
    static TemplateJson prod;

    /** A Lambda asset that is not a real jar: the templates do not depend on a build of the functions. */
    record StandIns(Path code, Optional<Path> storefront) implements Artifacts {
        @Override public Code lambdaCode(String module) { return Code.fromAsset(code.toString()); }
    }

    @BeforeAll
    static void synthesize() throws IOException {
        var code = standInCode(temp);
        var storefront = Files.createDirectories(temp.resolve("dist/assets"));
        Files.writeString(storefront.resolve("app-1a2b3c.js"), "console.log('shop')");
        Files.writeString(storefront.getParent().resolve("index.html"), "<!doctype html><title>UltraMarket</title>");

        dev = synthesize(ShopStage.DEV, World.fromRegistry(), new StandIns(code, Optional.of(storefront.getParent())));
        prod = synthesize(ShopStage.PROD, World.fromRegistry(), new StandIns(code, Optional.empty()));
    }

    /** A folder that stands in for every function module's Lambda jar, under {@code temp}. */
    static Path standInCode(Path temp) throws java.io.IOException {
        var code = Files.createDirectories(temp.resolve("code"));
        Files.writeString(code.resolve("README"), "stands in for a function module's Lambda jar");
        return code;
    }

    static TemplateJson synthesize(ShopStage stage, World world, Artifacts artifacts) {
        return TemplateJson.of(new ShopStack(new App(), stage, world, artifacts));
    }

    // --- the template agrees with the registry -------------------------------------------------------------------

    @Test
    void theTemplateAgreesWithTheRegistry() {
        for (var template : List.of(dev, prod)) {
            var java21 = template.ofType("AWS::Lambda::Function").values().stream()
                    .filter(f -> "java21".equals(properties(f).get("Runtime"))).count();
            assertEquals(Registry.functions().size(), java21, "one java21 Lambda per registry function");

            var registryRoutes = Registry.functions().stream().flatMap(f -> f.routes().stream()).map(Route::key).collect(Collectors.toSet());
            assertEquals(registryRoutes, valuesOf(template, "AWS::ApiGatewayV2::Route", "RouteKey"));

            var registryQueues = Registry.queues().stream()
                    .flatMap(q -> Stream.of(q.name(), q.deadLetterName())).map(ShopStage.DEV::resourceName).collect(Collectors.toSet());
            if (template == dev) assertEquals(registryQueues, valuesOf(template, "AWS::SQS::Queue", "QueueName"));

            assertEquals(Registry.tables().size(), template.ofType("AWS::DynamoDB::Table").size());
            assertEquals(Registry.topics().size() + 1, template.ofType("AWS::SNS::Topic").size(), "the registry's topics and the alarm topic");
        }
    }

    @Test
    void everyRegistryFunctionIsOneJava21Arm64SnapStartLambda() {
        for (var spec : Registry.functions()) {
            var function = properties(dev.resource(functionId(dev, spec)));
            assertEquals("java21", function.get("Runtime"), spec.name());
            assertEquals(List.of("arm64"), function.get("Architectures"), spec.name());
            assertEquals(spec.memoryMb(), number(function.get("MemorySize")), spec.name());
            assertEquals(spec.timeout().toSeconds(), number(function.get("Timeout")), spec.name());
            assertEquals(Map.of("ApplyOn", "PublishedVersions"), function.get("SnapStart"), spec.name());
            assertTrue(references(function.get("LoggingConfig")).stream()
                    .allMatch(id -> "AWS::Logs::LogGroup".equals(dev.resource(id).get("Type"))), spec.name() + " logs to its own log group");
        }
    }

    @Test
    void everyFunctionIsInvokedThroughItsLiveAliasOnAPublishedVersion() {
        for (var spec : Registry.functions()) {
            var alias = properties(dev.resource(aliasId(dev, spec)));
            assertEquals(ShopFunction.ALIAS, alias.get("Name"));
            var version = references(alias.get("FunctionVersion")).iterator().next();
            assertEquals("AWS::Lambda::Version", dev.resource(version).get("Type"));
        }
    }

    @Test
    void everyRouteIntegratesWithItsFunctionsAlias() {
        var api = dev.ofType("AWS::ApiGatewayV2::Api").keySet().iterator().next();
        for (var spec : Registry.functions()) {
            for (var route : spec.routes()) {
                var properties = properties(dev.resource(dev.idWhere("AWS::ApiGatewayV2::Route", "RouteKey", route.key())));
                assertEquals(Set.of(api), references(properties.get("ApiId")));
                var integration = references(properties.get("Target")).iterator().next();
                var integrationProperties = properties(dev.resource(integration));
                assertEquals("AWS_PROXY", integrationProperties.get("IntegrationType"));
                assertEquals("2.0", integrationProperties.get("PayloadFormatVersion"));
                assertEquals(Set.of(aliasId(dev, spec)), references(integrationProperties.get("IntegrationUri")), route.key());
            }
        }
    }

    @Test
    void everyQueueHasADeadLetterQueueWithTheRegistrysSettings() {
        for (var queue : Registry.queues()) {
            var properties = properties(dev.resource(queueId(dev, queue.name())));
            var redrive = map(properties.get("RedrivePolicy"));
            assertEquals(queue.maxReceiveCount(), number(redrive.get("maxReceiveCount")), queue.name());
            assertEquals(Set.of(queueId(dev, queue.deadLetterName())), references(redrive.get("deadLetterTargetArn")), queue.name());
            assertEquals(queue.visibilityTimeout().toSeconds(), number(properties.get("VisibilityTimeout")), queue.name());
            assertEquals(true, properties.get("SqsManagedSseEnabled"), queue.name());
            assertEquals(true, properties(dev.resource(queueId(dev, queue.deadLetterName()))).get("SqsManagedSseEnabled"));
        }
    }

    @Test
    void subscribedQueuesGetTheirTopicRawAndFiltered() {
        for (var queue : Registry.queues()) {
            queue.subscription().ifPresent(subscription -> {
                var found = dev.ofType("AWS::SNS::Subscription").values().stream().map(TemplateJson::properties)
                        .filter(s -> references(s.get("Endpoint")).contains(queueId(dev, queue.name())))
                        .toList();
                assertEquals(1, found.size(), queue.name());
                var properties = found.getFirst();
                assertEquals("sqs", properties.get("Protocol"));
                assertEquals(true, properties.get("RawMessageDelivery"));
                assertEquals(Set.of(dev.idWhere("AWS::SNS::Topic", "TopicName", ShopStage.DEV.resourceName(subscription.topic().name()))),
                        references(properties.get("TopicArn")));
                assertEquals(!subscription.filterPolicy().isEmpty(), properties.containsKey("FilterPolicy"));
            });
        }
    }

    @Test
    void everyTableIsOnDemandWithPointInTimeRecoveryAndItsDeclaredTtlAndStream() {
        for (var table : Registry.tables()) {
            var properties = properties(dev.resource(dev.idWhere("AWS::DynamoDB::Table", "TableName", ShopStage.DEV.resourceName(table.name()))));
            assertEquals("PAY_PER_REQUEST", properties.get("BillingMode"));
            assertEquals(true, map(properties.get("PointInTimeRecoverySpecification")).get("PointInTimeRecoveryEnabled"));
            assertEquals(table.ttlAttribute().map(a -> Map.of("AttributeName", a, "Enabled", true)).orElse(null), properties.get("TimeToLiveSpecification"));
            assertEquals(table.stream() ? Map.of("StreamViewType", "NEW_AND_OLD_IMAGES") : null, properties.get("StreamSpecification"));
            assertEquals(table.indexes().size(), list(properties.getOrDefault("GlobalSecondaryIndexes", List.of())).size());
        }
    }

    // --- least privilege -------------------------------------------------------------------------------------

    @Test
    void noDataActionIsGrantedOnEveryResource() {
        assertNoDataActionOnEveryResource(dev);
        assertNoDataActionOnEveryResource(prod);
    }

    static void assertNoDataActionOnEveryResource(TemplateJson template) {
        for (var statement : statements(template)) {
            if (!list(statement.get("Resource")).contains("*")) continue;
            for (var action : list(statement.get("Action"))) {
                String name = action.toString();
                boolean data = Stream.of("dynamodb:", "sqs:", "sns:", "secretsmanager:", "ses:").anyMatch(name::startsWith);
                assertFalse(data && !ACTIONS_WITHOUT_RESOURCES.contains(name), name + " is granted on every resource: " + statement);
            }
        }
    }

    @Test
    void healthMayTouchOnlyWhatItDeclares() {
        var table = dev.idWhere("AWS::DynamoDB::Table", "TableName", ShopStage.DEV.resourceName(Registry.IDEMPOTENCY.name()));
        var topic = dev.idWhere("AWS::SNS::Topic", "TopicName", ShopStage.DEV.resourceName(Registry.ORDER_EVENTS.name()));
        var queue = queueId(dev, Registry.SMS_NOTIFICATIONS.name());
        var secret = dev.ofType("AWS::SecretsManager::SecretTargetAttachment").keySet().iterator().next();

        var statements = policyStatementsOf(dev, Registry.HEALTH);
        var named = statements.stream().flatMap(s -> references(s.get("Resource")).stream()).collect(Collectors.toSet());
        assertEquals(Set.of(table, topic, queue, secret), named);

        assertEquals(Set.of("dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:GetItem", "dynamodb:Scan", "dynamodb:ConditionCheckItem",
                "dynamodb:DescribeTable", "dynamodb:GetRecords", "dynamodb:GetShardIterator"), actionsOn(statements, table), "reads only");
        assertEquals(Set.of("sns:Publish", "sns:GetTopicAttributes"), actionsOn(statements, topic));
        assertEquals(Set.of("sqs:GetQueueAttributes"), actionsOn(statements, queue), "inspects, does not consume");
        assertEquals(Set.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"), actionsOn(statements, secret));
    }

    @Test
    void functionsThatTouchNothingAreGrantedNothing() {
        for (var spec : Registry.functions()) {
            if (spec.access().isEmpty()) assertEquals(List.of(), policyStatementsOf(dev, spec), spec.name());
        }
    }

    @Test
    void functionsGetEnvironmentOnlyForWhatTheyMayTouch() {
        var common = Set.of("POWERTOOLS_SERVICE_NAME", "POWERTOOLS_LOG_LEVEL", "STAGE");
        assertEquals(common, environmentOf(dev, Registry.API_DOCS).keySet());
        assertEquals(union(common, Set.of(Registry.IDEMPOTENCY.envName(), Registry.ORDER_EVENTS.envName(), Registry.SMS_NOTIFICATIONS.envName(),
                "DB_SECRET_ARN", "DB_URL")), environmentOf(dev, Registry.HEALTH).keySet());
        assertEquals(union(common, Set.of("DB_SECRET_ARN", "DB_URL")), environmentOf(dev, Registry.MIGRATE_DATABASE).keySet());
        assertEquals("health", environmentOf(dev, Registry.HEALTH).get("POWERTOOLS_SERVICE_NAME"));
        assertEquals("prod", environmentOf(prod, Registry.HEALTH).get("STAGE"));
        var url = list(map(environmentOf(dev, Registry.HEALTH).get("DB_URL")).get("Fn::Join")).get(1).toString();
        assertTrue(url.contains("jdbc:postgresql://") && url.contains(":5432/ultramarket"), url);
        assertEquals(Set.of(dev.ofType("AWS::RDS::DBProxy").keySet().iterator().next()), references(environmentOf(dev, Registry.HEALTH).get("DB_URL")));
    }

    // --- network and database ------------------------------------------------------------------------------------

    @Test
    void onlyTheDatabasesUsersJoinTheVpc() {
        for (var spec : Registry.functions()) {
            var vpcConfig = properties(dev.resource(functionId(dev, spec))).get("VpcConfig");
            assertEquals(spec.usesDatabase(), vpcConfig != null, spec.name());
        }
    }

    @Test
    void theVpcHasNoNatNoInternetAndEndpointsForWhatItsFunctionsCall() {
        assertEquals(0, dev.ofType("AWS::EC2::NatGateway").size());
        assertEquals(0, dev.ofType("AWS::EC2::InternetGateway").size());
        assertEquals(2, dev.ofType("AWS::EC2::Subnet").size());
        dev.ofType("AWS::EC2::Subnet").values().forEach(s -> assertEquals(false, properties(s).get("MapPublicIpOnLaunch")));
        var services = dev.ofType("AWS::EC2::VPCEndpoint").values().stream()
                .map(e -> properties(e).get("VpcEndpointType") + " " + serviceOf(properties(e).get("ServiceName")))
                .collect(Collectors.toSet());
        assertEquals(Set.of("Gateway dynamodb", "Gateway s3", "Interface secretsmanager", "Interface sns", "Interface sqs"), services);
    }

    @Test
    void onlyFunctionsReachTheProxyAndOnlyTheProxyReachesTheDatabase() {
        var proxy = properties(dev.resource(dev.ofType("AWS::RDS::DBProxy").keySet().iterator().next()));
        var proxyGroup = references(proxy.get("VpcSecurityGroupIds")).iterator().next();
        var cluster = properties(dev.resource(dev.ofType("AWS::RDS::DBCluster").keySet().iterator().next()));
        var databaseGroup = references(cluster.get("VpcSecurityGroupIds")).iterator().next();
        var functionGroups = Registry.functions().stream().filter(FunctionSpec::usesDatabase)
                .flatMap(f -> references(map(properties(dev.resource(functionId(dev, f))).get("VpcConfig")).get("SecurityGroupIds")).stream())
                .collect(Collectors.toSet());
        assertEquals(1, functionGroups.size(), "the in-VPC functions share one security group");

        assertEquals(Set.of("5432-5432 from " + functionGroups.iterator().next()), ingressInto(dev, proxyGroup));
        assertEquals(Set.of("5432-5432 from " + proxyGroup), ingressInto(dev, databaseGroup));
        dev.ofType("AWS::EC2::SecurityGroup").values().forEach(group ->
                assertFalse(properties(group).containsKey("SecurityGroupIngress"), "no inline (open) ingress: " + group));
        dev.ofType("AWS::EC2::SecurityGroupIngress").values().forEach(rule ->
                assertFalse(properties(rule).containsKey("CidrIp"), "ingress only from security groups: " + rule));
    }

    @Test
    void theCatalogIsAuroraPostgres16ServerlessBehindATlsProxy() {
        for (var template : List.of(dev, prod)) {
            var cluster = properties(template.resource(template.ofType("AWS::RDS::DBCluster").keySet().iterator().next()));
            assertEquals("aurora-postgresql", cluster.get("Engine"));
            assertTrue(cluster.get("EngineVersion").toString().startsWith("16."), cluster.get("EngineVersion").toString());
            assertEquals(true, cluster.get("StorageEncrypted"));
            assertEquals("ultramarket", cluster.get("DatabaseName"));
            template.ofType("AWS::RDS::DBInstance").values().forEach(i -> assertEquals("db.serverless", properties(i).get("DBInstanceClass")));
            var proxy = properties(template.resource(template.ofType("AWS::RDS::DBProxy").keySet().iterator().next()));
            assertEquals("POSTGRESQL", proxy.get("EngineFamily"));
            assertEquals(true, proxy.get("RequireTLS"));
            assertEquals(1, template.ofType("AWS::RDS::DBProxyTargetGroup").size());
        }
        assertEquals(ShopStage.DEV.databaseMaxCapacity(), maxCapacity(dev));
        assertEquals(ShopStage.PROD.databaseMaxCapacity(), maxCapacity(prod));
        assertTrue(ShopStage.PROD.databaseMaxCapacity() > ShopStage.DEV.databaseMaxCapacity());
    }

    @Test
    void theMigrationRunsOnEveryNewVersionOnceTheDatabaseIsUp() {
        var hooks = dev.ofType("Custom::OnDeploy");
        var onDeploy = Registry.functions().stream().filter(f -> f.events().stream().anyMatch(e -> e instanceof EventSource.OnDeploy)).toList();
        assertEquals(onDeploy.size(), hooks.size());
        var hook = hooks.get(hooks.keySet().stream().filter(id -> id.startsWith("Functionsmigratedatabase")).findFirst().orElseThrow());
        var version = references(properties(hook).get("FunctionVersion")).iterator().next();
        assertEquals(Set.of(version), references(properties(dev.resource(aliasId(dev, Registry.MIGRATE_DATABASE))).get("FunctionVersion")));
        var dependsOn = new HashSet<>(list(hook.get("DependsOn")));
        assertTrue(dependsOn.containsAll(dev.ofType("AWS::RDS::DBCluster").keySet()), "after the cluster");
        assertTrue(dependsOn.containsAll(dev.ofType("AWS::RDS::DBInstance").keySet()), "after its instances");
        assertTrue(dependsOn.containsAll(dev.ofType("AWS::RDS::DBProxyTargetGroup").keySet()), "after the proxy");
        assertTrue(dependsOn.containsAll(dev.ofType("AWS::EC2::VPCEndpoint").keySet()), "after the VPC endpoints");
    }

    // --- web ---------------------------------------------------------------------------------------------------

    @Test
    void cloudFrontKeepsTheCatalogsSharedAnswersPerQueryAndLanguageAndNothingElse() {
        var config = map(properties(dev.ofType("AWS::CloudFront::Distribution").values().iterator().next()).get("DistributionConfig"));
        var patterns = list(config.get("CacheBehaviors")).stream().map(TemplateJson::map)
                .map(b -> b.get("PathPattern").toString()).toList();
        var shared = List.of("/api/categories", "/api/products", "/api/products/*", "/api/search/suggest");
        assertTrue(patterns.containsAll(shared), patterns.toString());
        for (String path : shared) {
            assertTrue(patterns.indexOf(path) < patterns.indexOf("/api/*"), path + " must come before /api/*");
        }
        var behaviours = list(config.get("CacheBehaviors")).stream().map(TemplateJson::map)
                .collect(Collectors.toMap(b -> b.get("PathPattern").toString(), b -> b));
        var products = behaviours.get("/api/products");
        assertEquals(List.of("GET", "HEAD"), list(products.get("AllowedMethods")));
        assertFalse(products.containsKey("OriginRequestPolicyId"), "no cookie or Authorization reaches a shared answer");

        var policies = dev.ofType("AWS::CloudFront::CachePolicy").values().stream()
                .map(policy -> map(properties(policy).get("CachePolicyConfig"))).toList();
        assertEquals(1, policies.size());
        var key = map(policies.getFirst().get("ParametersInCacheKeyAndForwardedToOrigin"));
        assertEquals("all", map(key.get("QueryStringsConfig")).get("QueryStringBehavior"));
        assertEquals(List.of("Accept-Language"), list(map(key.get("HeadersConfig")).get("Headers")));
        assertEquals("none", map(key.get("CookiesConfig")).get("CookieBehavior"));
        assertEquals(0, ((Number) policies.getFirst().get("DefaultTTL")).intValue(), "only what says Cache-Control is kept");
        assertEquals(List.of(), ShopStack.sharedApiPaths(World.fromRegistry()).stream()
                .filter(path -> path.startsWith("/api/auth") || path.startsWith("/api/me")).toList());
    }

    @Test
    void cloudFrontForwardsApiUncachedToTheHttpApiAndRoutesTheSpaOnlyOnTheDefaultBehaviour() {
        var api = dev.ofType("AWS::ApiGatewayV2::Api").keySet().iterator().next();
        var config = map(properties(dev.ofType("AWS::CloudFront::Distribution").values().iterator().next()).get("DistributionConfig"));
        var origins = list(config.get("Origins")).stream().map(TemplateJson::map)
                .collect(Collectors.toMap(o -> o.get("Id").toString(), o -> o));
        var behaviours = list(config.get("CacheBehaviors")).stream().map(TemplateJson::map)
                .collect(Collectors.toMap(b -> b.get("PathPattern").toString(), b -> b));

        var apiBehaviour = behaviours.get("/api/*");
        assertTrue(references(origins.get(apiBehaviour.get("TargetOriginId").toString()).get("DomainName")).contains(api));
        assertEquals(CACHING_DISABLED, apiBehaviour.get("CachePolicyId"));
        assertEquals(ALL_VIEWER_EXCEPT_HOST_HEADER, apiBehaviour.get("OriginRequestPolicyId"));
        assertTrue(list(apiBehaviour.get("AllowedMethods")).containsAll(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")));
        assertFalse(apiBehaviour.containsKey("FunctionAssociations"));

        var images = dev.ofType("AWS::S3::Bucket").keySet().stream().filter(id -> id.startsWith("WebImages")).findFirst().orElseThrow();
        assertTrue(references(origins.get(behaviours.get("/images/*").get("TargetOriginId").toString()).get("DomainName")).contains(images));

        assertFalse(config.containsKey("CustomErrorResponses"), "error pages would turn the API's 404s into index.html");
        var spaRouting = map(list(map(config.get("DefaultCacheBehavior")).get("FunctionAssociations")).getFirst());
        assertEquals("viewer-request", spaRouting.get("EventType"));
        var site = dev.ofType("AWS::S3::Bucket").keySet().stream().filter(id -> id.startsWith("WebSite")).findFirst().orElseThrow();
        assertTrue(references(origins.get(map(config.get("DefaultCacheBehavior")).get("TargetOriginId").toString()).get("DomainName")).contains(site));
        origins.values().stream().filter(o -> o.containsKey("S3OriginConfig"))
                .forEach(o -> assertTrue(o.containsKey("OriginAccessControlId"), "S3 read through origin access control"));
    }

    @Test
    void everyRegistryBucketIsServedAtItsWebPathWith404sForMissingKeysAndNothingThatRuns() {
        var config = map(properties(dev.ofType("AWS::CloudFront::Distribution").values().iterator().next()).get("DistributionConfig"));
        var behaviours = list(config.get("CacheBehaviors")).stream().map(TemplateJson::map)
                .collect(Collectors.toMap(b -> b.get("PathPattern").toString(), b -> b));
        for (var declared : Registry.buckets()) {
            var behaviour = behaviours.get(declared.webPath() + "*");
            var methods = behaviour.get("AllowedMethods"); // absent: CloudFront's default, GET and HEAD
            assertTrue(methods == null || list(methods).equals(List.of("GET", "HEAD")), declared.name() + ": " + methods);
            var headers = map(map(properties(dev.resource(references(behaviour.get("ResponseHeadersPolicyId")).iterator().next()))
                    .get("ResponseHeadersPolicyConfig")).get("SecurityHeadersConfig"));
            assertEquals(uz.ultramarket.registry.Bucket.CONTENT_SECURITY_POLICY,
                    map(headers.get("ContentSecurityPolicy")).get("ContentSecurityPolicy"));
            assertTrue(headers.containsKey("ContentTypeOptions"));

            String bucket = dev.ofType("AWS::S3::Bucket").keySet().stream()
                    .filter(id -> id.startsWith("Web" + Web.constructId(declared))).findFirst().orElseThrow();
            var statements = dev.ofType("AWS::S3::BucketPolicy").values().stream()
                    .filter(p -> references(properties(p).get("Bucket")).contains(bucket))
                    .flatMap(p -> list(map(properties(p).get("PolicyDocument")).get("Statement")).stream()).map(TemplateJson::map)
                    .filter(s -> map(s.get("Principal")).containsValue("cloudfront.amazonaws.com")).toList();
            var actions = statements.stream().flatMap(s -> list(s.get("Action")).stream()).collect(Collectors.toSet());
            assertTrue(actions.containsAll(Set.of("s3:GetObject", "s3:ListBucket")), "a missing key is a 404, not a 403: " + actions);
        }
    }

    @Test
    void theStorefrontIsUploadedOnlyWhenItIsBuilt() {
        assertEquals(2, dev.ofType("Custom::CDKBucketDeployment").size(), "hashed assets, then the shell with an invalidation");
        assertEquals(0, prod.ofType("Custom::CDKBucketDeployment").size());
    }

    @Test
    void bucketsArePrivateAndEncrypted() {
        for (var bucket : dev.ofType("AWS::S3::Bucket").values()) {
            assertEquals(Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                    properties(bucket).get("PublicAccessBlockConfiguration"));
            assertTrue(properties(bucket).containsKey("BucketEncryption"));
        }
    }

    // --- stages -------------------------------------------------------------------------------------------------

    @Test
    void prodRetainsAndProtectsItsDataAndDevDoesNot() {
        for (var type : List.of("AWS::DynamoDB::Table", "AWS::RDS::DBCluster", "AWS::S3::Bucket")) {
            prod.ofType(type).forEach((id, resource) -> {
                assertEquals("Retain", resource.get("DeletionPolicy"), id);
                assertEquals("Retain", resource.get("UpdateReplacePolicy"), id);
            });
            dev.ofType(type).forEach((id, resource) -> assertEquals("Delete", resource.get("DeletionPolicy"), id));
        }
        prod.ofType("AWS::DynamoDB::Table").values().forEach(t -> assertEquals(true, properties(t).get("DeletionProtectionEnabled")));
        dev.ofType("AWS::DynamoDB::Table").values().forEach(t -> assertEquals(false, properties(t).get("DeletionProtectionEnabled")));
        prod.ofType("AWS::RDS::DBCluster").values().forEach(c -> assertEquals(true, properties(c).get("DeletionProtection")));
        dev.ofType("AWS::RDS::DBCluster").values().forEach(c -> assertEquals(false, properties(c).get("DeletionProtection")));
        assertEquals(0, prod.ofType("Custom::S3AutoDeleteObjects").size(), "prod never empties a bucket");
    }

    @Test
    void prodKeepsLogsLonger() {
        assertEquals(Set.of(14), retentions(dev));
        assertEquals(Set.of(90), retentions(prod));
    }

    // --- operations -----------------------------------------------------------------------------------------------

    @Test
    void alarmsWatchApiErrorsLatencyDeadLettersAndDatabaseCapacityOnOneTopic() {
        var http = Registry.functions().stream().filter(FunctionSpec::isHttp).toList();
        var alarms = dev.ofType("AWS::CloudWatch::Alarm");
        assertEquals(1 + http.size() + Registry.queues().size() + 1, alarms.size());
        var alarmTopic = dev.idWhere("AWS::SNS::Topic", "TopicName", ShopStage.DEV.resourceName("alarms"));
        alarms.forEach((id, alarm) -> assertEquals(Set.of(alarmTopic), references(properties(alarm).get("AlarmActions")), id));

        for (var spec : http) {
            var latency = alarms.values().stream().map(TemplateJson::properties)
                    .filter(a -> "Latency".equals(a.get("MetricName")) && references(a.get("Dimensions")).contains(functionId(dev, spec)))
                    .toList();
            assertEquals(1, latency.size(), spec.name());
            assertEquals("UltraMarket", latency.getFirst().get("Namespace"));
            assertEquals("p99", latency.getFirst().get("ExtendedStatistic"));
            assertEquals("FunctionName", map(list(latency.getFirst().get("Dimensions")).getFirst()).get("Name"));
        }
        for (var queue : Registry.queues()) {
            assertTrue(alarms.values().stream().map(TemplateJson::properties).anyMatch(a -> "ApproximateNumberOfMessagesVisible".equals(a.get("MetricName"))
                    && references(a.get("Dimensions")).contains(queueId(dev, queue.deadLetterName()))), queue.deadLetterName());
        }
        assertTrue(alarms.values().stream().map(TemplateJson::properties).anyMatch(a -> "ServerlessDatabaseCapacity".equals(a.get("MetricName"))
                && ((Number) a.get("Threshold")).doubleValue() >= 0.8 * ShopStage.DEV.databaseMaxCapacity()));
        assertTrue(alarms.values().stream().map(TemplateJson::properties).anyMatch(a -> a.containsKey("Metrics")
                && a.get("Metrics").toString().contains("5xx")), "the API's 5xx rate");
        assertEquals(1, dev.ofType("AWS::CloudWatch::Dashboard").size());
    }

    @Test
    void operatorSecretsAreCreatedEmpty() {
        var secrets = dev.ofType("AWS::SecretsManager::Secret").values().stream().map(TemplateJson::properties)
                .filter(s -> s.containsKey("Name")).toList();
        assertEquals(OperatorSecrets.SECRETS.keySet().stream().map(n -> OperatorSecrets.secretName(ShopStage.DEV, n)).collect(Collectors.toSet()),
                secrets.stream().map(s -> s.get("Name")).collect(Collectors.toSet()));
        secrets.forEach(s -> assertFalse(s.containsKey("SecretString") || s.containsKey("GenerateSecretString"), s.toString()));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    static String functionId(TemplateJson template, FunctionSpec spec) {
        return template.idWhere("AWS::Lambda::Function", "Handler", spec.handler());
    }

    static String aliasId(TemplateJson template, FunctionSpec spec) {
        var function = functionId(template, spec);
        var aliases = template.ofType("AWS::Lambda::Alias").entrySet().stream()
                .filter(e -> references(properties(e.getValue()).get("FunctionName")).contains(function))
                .map(Map.Entry::getKey).toList();
        assertEquals(1, aliases.size(), spec.name() + " has one alias");
        return aliases.getFirst();
    }

    static String queueId(TemplateJson template, String name) {
        return template.idWhere("AWS::SQS::Queue", "QueueName", ShopStage.DEV.resourceName(name));
    }

    static Set<Object> valuesOf(TemplateJson template, String type, String property) {
        return template.ofType(type).values().stream().map(r -> properties(r).get(property)).collect(Collectors.toSet());
    }

    static List<Map<String, Object>> statements(TemplateJson template) {
        return template.ofType("AWS::IAM::Policy").values().stream()
                .flatMap(p -> list(map(properties(p).get("PolicyDocument")).get("Statement")).stream())
                .map(TemplateJson::map).toList();
    }

    static List<Map<String, Object>> policyStatementsOf(TemplateJson template, FunctionSpec spec) {
        var role = references(properties(template.resource(functionId(template, spec))).get("Role")).iterator().next();
        assertFalse(properties(template.resource(role)).containsKey("Policies"), "no inline policies on the role itself");
        return template.ofType("AWS::IAM::Policy").values().stream()
                .filter(p -> references(properties(p).get("Roles")).contains(role))
                .flatMap(p -> list(map(properties(p).get("PolicyDocument")).get("Statement")).stream())
                .map(TemplateJson::map).toList();
    }

    static Set<Object> actionsOn(List<Map<String, Object>> statements, String logicalId) {
        return statements.stream().filter(s -> references(s.get("Resource")).contains(logicalId))
                .flatMap(s -> list(s.get("Action")).stream()).collect(Collectors.toSet());
    }

    static Map<String, Object> environmentOf(TemplateJson template, FunctionSpec spec) {
        return map(map(properties(template.resource(functionId(template, spec))).get("Environment")).get("Variables"));
    }

    static Set<String> ingressInto(TemplateJson template, String securityGroup) {
        return template.ofType("AWS::EC2::SecurityGroupIngress").values().stream().map(TemplateJson::properties)
                .filter(rule -> references(rule.get("GroupId")).contains(securityGroup))
                .map(rule -> port(template, rule.get("FromPort")) + "-" + port(template, rule.get("ToPort")) + " from "
                        + references(rule.get("SourceSecurityGroupId")).iterator().next())
                .collect(Collectors.toSet());
    }

    // a port is a number, or the database's own port (Fn::GetAtt Endpoint.Port of the cluster)
    static int port(TemplateJson template, Object value) {
        if (value instanceof Number number) return number.intValue();
        return number(properties(template.resource(references(value).iterator().next())).get("Port"));
    }

    // com.amazonaws.<region>.dynamodb, written as an Fn::Join around the region: the last word
    static String serviceOf(Object serviceName) {
        var parts = serviceName instanceof String text ? List.<Object>of(text) : list(list(map(serviceName).get("Fn::Join")).get(1));
        var text = parts.getLast().toString();
        return text.substring(text.lastIndexOf('.') + 1);
    }

    static double maxCapacity(TemplateJson template) {
        var cluster = properties(template.resource(template.ofType("AWS::RDS::DBCluster").keySet().iterator().next()));
        return ((Number) map(cluster.get("ServerlessV2ScalingConfiguration")).get("MaxCapacity")).doubleValue();
    }

    static Set<Integer> retentions(TemplateJson template) {
        return template.ofType("AWS::Logs::LogGroup").values().stream()
                .map(g -> number(properties(g).get("RetentionInDays"))).collect(Collectors.toSet());
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
