package uz.ultramarket.infra;

import java.util.List;

import java.util.Optional;
import software.constructs.Construct;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import uz.ultramarket.registry.Access;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.World;

/**
 * The whole shop of one stage, built from a {@link World}: network, data, messaging, functions, HTTP API, web front
 * and operations. Environment-agnostic: the account and region come from the credentials {@code cdk deploy} runs with.
 */
public final class ShopStack extends Stack {

    private final Optional<AdminStack> admin;

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
        // the buckets before the functions (which may sign uploads to them), the distribution after the API
        var web = new Web(this, "Web", stage, world.buckets());
        var admin = world.functions().stream().anyMatch(AdminStack::holds)
                ? Optional.of(new AdminStack(this, "Admin", stage)) : Optional.<AdminStack>empty();
        var functions = new Functions(this, "Functions", world, stage, artifacts, network, data, web, messaging, database, secrets, mail, admin);
        var api = new Api(this, "Api", functions.http(), stage, admin);
        web.serve(api, artifacts.storefront(), uploadedTo(world), functions.shopUrl(), sharedApiPaths(world));
        this.admin = admin;
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

    /** The admin console's nested stack, when the world has admin functions. */
    public Optional<AdminStack> admin() { return admin; }

    public static String nameFor(ShopStage stage) { return "UltraMarket-" + stage.id(); }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }

    /** The buckets some function signs uploads to, each once. */
    static List<uz.ultramarket.registry.Bucket> uploadedTo(World world) {
        return world.functions().stream().flatMap(f -> f.access().stream())
                .flatMap(a -> a instanceof Access.UploadTo upload ? java.util.stream.Stream.of(upload.bucket()) : java.util.stream.Stream.empty())
                .distinct().toList();
    }

    /** "/api/products/{slug}" → "/api/products/*": the CloudFront patterns of the routes whose answers everyone shares. */
    static List<String> sharedApiPaths(World world) {
        return world.functions().stream().filter(FunctionSpec::sharedAnswers)
                .flatMap(function -> function.routes().stream())
                .map(route -> route.path().replaceAll("\\{[^}]+}", "*"))
                .distinct().toList();
    }
}
