package uz.ultramarket.infra;

import java.util.List;

import java.util.Optional;
import software.constructs.Construct;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.World;

/**
 * The whole shop of one stage, built from a {@link World}: network, data, messaging, functions, HTTP API, web front
 * and operations. Environment-agnostic: the account and region come from the credentials {@code cdk deploy} runs with.
 */
public final class ShopStack extends Stack {

    public ShopStack(Construct scope, ShopStage stage, World world, Artifacts artifacts) {
        super(scope, nameFor(stage), StackProps.builder()
                .description("UltraMarket online store (" + stage.id() + ")")
                .terminationProtection(stage.isProd())
                .build());
        Tags.of(this).add("project", "ultramarket");
        Tags.of(this).add("stage", stage.id());

        var network = new Network(this, "Network", world.functions().stream().filter(FunctionSpec::usesDatabase).toList());
        var data = new DataStores(this, "Data", world.tables(), stage);
        var messaging = new Messaging(this, "Messaging", world.topics(), world.queues(), stage);
        var database = new CatalogDatabase(this, "CatalogDatabase", network, stage);
        var secrets = new OperatorSecrets(this, "OperatorSecrets", stage, world);
        var mail = world.sendsEmail() ? Optional.of(new Mail(this, "Mail", stage)) : Optional.<Mail>empty();
        var functions = new Functions(this, "Functions", world, stage, artifacts, network, data, messaging, database, secrets, mail);
        var api = new Api(this, "Api", functions.http(), stage);
        var web = new Web(this, "Web", api, artifacts.storefront(), stage, world.buckets(), sharedApiPaths(world));
        var operations = new Operations(this, "Operations", stage, api, functions.http(), messaging, database);

        output("ShopUrl", "https://" + web.distribution().getDistributionDomainName(), "The shop: storefront, admin and /api/");
        output("ApiUrl", api.httpApi().getApiEndpoint(), "The HTTP API's own endpoint (the shop calls it through CloudFront)");
        for (var bucket : world.buckets()) {
            output(Web.constructId(bucket) + "Bucket", web.bucket(bucket).getBucketName(),
                    "Objects under " + bucket.keyPrefix() + " are served at " + bucket.webPath());
        }
        output("AlarmTopic", operations.alarms().getTopicArn(), "Every alarm; subscribe the on-call address to it");
        mail.ifPresent(m -> output("MailDomain", m.domain(),
                "SES identity the shop sends email from; put its DKIM records in DNS: aws sesv2 get-email-identity --email-identity " + m.domain()));
    }

    public static String nameFor(ShopStage stage) { return "UltraMarket-" + stage.id(); }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }

    /** "/api/products/{slug}" → "/api/products/*": the CloudFront patterns of the routes whose answers everyone shares. */
    static List<String> sharedApiPaths(World world) {
        return world.functions().stream().filter(FunctionSpec::sharedAnswers)
                .flatMap(function -> function.routes().stream())
                .map(route -> route.path().replaceAll("\\{[^}]+}", "*"))
                .distinct().toList();
    }
}
