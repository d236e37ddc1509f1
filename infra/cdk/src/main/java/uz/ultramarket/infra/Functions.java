package uz.ultramarket.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.constructs.Construct;
import software.amazon.awscdk.CustomResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.customresources.Provider;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSourceProps;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.IDependable;
import uz.ultramarket.registry.EventSource;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.World;

/**
 * Every function of the world with what it may touch and what invokes it besides HTTP: queues (partial batch
 * failures), table streams, schedules, and deploys (a custom resource that runs the function on every new version).
 */
public final class Functions extends Construct {

    private final List<ShopFunction> all = new ArrayList<>();
    private final DataStores data;
    private final Messaging messaging;
    private final ShopStage stage;
    private final String shopUrl;
    // what a deploy hook needs up before it runs: the database (migrations) and the VPC endpoints it reaches AWS through
    private final List<IDependable> deployHooksAfter;

    /** The context key of the shop's public address, where payment providers send shoppers back to. */
    public static final String SHOP_URL_CONTEXT_KEY = "shopUrl";

    public Functions(Construct scope, String id, World world, ShopStage stage, Artifacts artifacts, Network network,
                     DataStores data, Web web, Messaging messaging, CatalogDatabase database, OperatorSecrets secrets,
                     Optional<Mail> mail, Optional<AdminStack> admin) {
        super(scope, id);
        this.data = data;
        this.messaging = messaging;
        this.stage = stage;
        this.deployHooksAfter = List.of(database, network);
        this.shopUrl = shopUrl(stage);
        var permissions = new Permissions(data, web, messaging, database, secrets, mail, shopUrl);
        for (var spec : world.functions()) {
            // the admin console's functions go into their nested stack; the shop's stay here
            Construct home = AdminStack.holds(spec)
                    ? admin.orElseThrow(() -> new IllegalStateException("no admin stack for " + spec.name())).functions()
                    : this;
            var function = new ShopFunction(home, spec, artifacts.lambdaCode(spec.module()), stage, network);
            spec.access().forEach(access -> permissions.grant(function, access));
            spec.events().forEach(event -> invokeOn(function, event));
            all.add(function);
        }
    }

    /** The shop's address as shoppers know it, without a trailing slash (see {@link #SHOP_URL_CONTEXT_KEY}). */
    public String shopUrl() { return shopUrl; }

    public List<ShopFunction> http() { return all.stream().filter(f -> f.spec().isHttp()).toList(); }

    private void invokeOn(ShopFunction function, EventSource event) {
        switch (event) {
            case EventSource.FromQueue fromQueue -> {
                requireVisibilityCoversTimeout(function.spec(), fromQueue);
                function.live().addEventSource(new SqsEventSource(messaging.queue(fromQueue.queue()), SqsEventSourceProps.builder()
                        .batchSize(fromQueue.batchSize())
                        .reportBatchItemFailures(true)
                        .build()));
            }
            // a failing batch is split and retried until it succeeds or ages out: events are not skipped
            case EventSource.FromStream fromStream -> function.live().addEventSource(new DynamoEventSource(
                    data.table(fromStream.table()), DynamoEventSourceProps.builder()
                    .startingPosition(StartingPosition.TRIM_HORIZON)
                    .batchSize(fromStream.batchSize())
                    .reportBatchItemFailures(true)
                    .bisectBatchOnError(true)
                    .build()));
            case EventSource.Every every -> Rule.Builder.create(function, "Schedule")
                    .description(function.spec().name() + " every " + every.rate())
                    // EventBridge rates are whole minutes
                    .schedule(Schedule.rate(Duration.minutes(every.rate().toMinutes())))
                    .targets(List.of(new LambdaFunction(function.live())))
                    .build();
            case EventSource.OnDeploy ignored -> runOnDeploy(function);
        }
    }

    // the provider framework calls the alias with Create/Update/Delete; the new version number changes with every new
    // jar (migrations included), so each deploy of new code runs the hook again before traffic moves on
    private void runOnDeploy(ShopFunction function) {
        var provider = Provider.Builder.create(function, "DeployProvider")
                .onEventHandler(function.live())
                .logGroup(LogGroup.Builder.create(function, "DeployProviderLogs")
                        .retention(stage.logRetention()).removalPolicy(stage.dataRemoval()).build())
                .build();
        var run = CustomResource.Builder.create(function, "OnDeploy")
                .serviceToken(provider.getServiceToken())
                .resourceType("Custom::OnDeploy")
                .properties(Map.of("FunctionVersion", function.live().getVersion().getVersion()))
                .build();
        deployHooksAfter.forEach(run.getNode()::addDependency);
    }

    // Lambda refuses a queue whose messages could become visible again while the function still works on them
    private static void requireVisibilityCoversTimeout(FunctionSpec spec, EventSource.FromQueue fromQueue) {
        if (fromQueue.queue().visibilityTimeout().compareTo(spec.timeout()) < 0) {
            throw new IllegalArgumentException("queue " + fromQueue.queue().name() + " has a visibility timeout shorter than the timeout of "
                    + spec.name() + ": raise it to at least " + spec.timeout().toSeconds() + " s");
        }
    }

    /**
     * The shop's address as shoppers know it ({@code -c shopUrl=…}; {@code https://ultramarket.uz} for prod and
     * {@code https://<stage>.ultramarket.uz} otherwise): not the CloudFront domain, which is made after the functions.
     */
    private String shopUrl(ShopStage stage) {
        var configured = getNode().tryGetContext(SHOP_URL_CONTEXT_KEY);
        String url = configured != null ? configured.toString() : stage.isProd() ? "https://ultramarket.uz" : "https://" + stage.id() + ".ultramarket.uz";
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
