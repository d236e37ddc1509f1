package uz.ultramarket.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import uz.ultramarket.local.click.ClickSandbox;
import uz.ultramarket.local.eskiz.EskizSandbox;
import uz.ultramarket.local.payme.PaymeSandbox;
import uz.ultramarket.local.payments.ProviderCalls;
import uz.ultramarket.registry.EventSource;
import uz.ultramarket.registry.Access;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.RouteTable;
import uz.ultramarket.registry.World;

/**
 * UltraMarket on one machine, with no cloud account: DynamoDB Local, moto and embedded PostgreSQL on loopback, the
 * world's tables, topics and queues created in them, every function in this JVM behind an API Gateway compatible
 * server, and queue, stream and schedule events delivered to the functions that take them.
 *
 * <p>{@code main} runs the real world from the registry; tests call {@link #start(LocalOptions, World)} with a world
 * of their own and close the returned stack when done. One stack per JVM at a time: functions read their
 * configuration from JVM system properties, which the stack sets and restores.
 */
public final class LocalStack implements AutoCloseable {

    // Every function of the stack shares this JVM's URLConnection keep-alive cache (the SDK's HTTP client): at its
    // default of 5 idle connections per host, 8 concurrent requests to DynamoDB Local reconnect on every call — in
    // Lambda a container serves one request at a time, so the default is right there. Set before any connection.
    static {
        if (System.getProperty("http.maxConnections") == null) System.setProperty("http.maxConnections", "64");
    }

    private final Deque<AutoCloseable> opened;
    private final URI baseUrl;
    private final Endpoints endpoints;
    private final Resources resources;
    private final LocalAws aws;
    private final EskizSandbox eskiz;
    private final PaymeSandbox payme;
    private final ClickSandbox click;
    private final Duration readyIn;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalStack(Deque<AutoCloseable> opened, URI baseUrl, Endpoints endpoints, Resources resources, LocalAws aws, EskizSandbox eskiz,
                       PaymeSandbox payme, ClickSandbox click, Duration readyIn) {
        this.opened = opened;
        this.baseUrl = baseUrl;
        this.endpoints = endpoints;
        this.resources = resources;
        this.aws = aws;
        this.eskiz = eskiz;
        this.payme = payme;
        this.click = click;
        this.readyIn = readyIn;
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(LocalOptions.USAGE);
            return;
        }
        LocalOptions options;
        try {
            options = LocalOptions.parse(args, System.getenv(), Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            var stack = start(options, World.fromRegistry());
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stop"));
        } catch (RuntimeException e) {
            System.err.println("[local] could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Starts {@code world} as {@code options} say and returns once every request and event can be served. */
    public static LocalStack start(LocalOptions options, World world) {
        long start = System.nanoTime();
        var opened = new ConcurrentLinkedDeque<AutoCloseable>();
        try {
            open(opened, FunctionEnvironment.logging(options.verbose()).apply());
            // the emulators' own INFO lines (a pair per DynamoDB call) would drown the functions' logs in verbose mode
            Configurator.setLevel(Map.of("software.amazon.dynamodb", Level.WARN, "org.eclipse.jetty", Level.WARN, "io.zonky", Level.WARN));
            var data = new DataFolder(options.dataDir());
            boolean freshData = data.prepare(options.fresh());
            var gateway = open(opened, LocalApiGateway.bind(options.port()));
            // what a browser is sent to and back from: localhost, the origin the shopper signed in on (not 127.0.0.1)
            var site = URI.create("http://localhost:" + gateway.port());
            var backends = startBackends(options, data, world, List.of(site.toString(), gateway.baseUrl().toString()), opened);
            var aws = backends.aws();
            var resources = backends.resources();
            var endpoints = backends.endpoints();
            // third parties: the Eskiz sandbox, reached through the secret the sms-notifier reads; SES's sending identity
            var eskiz = open(opened, EskizSandbox.start(0));
            // the payment providers' pages are served by the gateway and call the shop through it; the Payme key is read
            // from the shop's secret at each call, so a ChangePassword the shop stored is followed
            var providerCalls = new ProviderCalls();
            var payme = open(opened, new PaymeSandbox(site,
                    PaymeSandbox.keyIn(aws.secretsManager(), LocalSecrets.nameOf(Registry.PAYME_MERCHANT_KEY)), providerCalls));
            var click = open(opened, new ClickSandbox(site, providerCalls));
            var thirdParties = new LinkedHashMap<String, String>(LocalSecrets.create(world, aws.secretsManager(),
                    Map.of(Registry.ESKIZ.name(), eskiz.secretJson(), Registry.ADMIN_BOOTSTRAP_PHONE.name(), adminPhone(),
                            Registry.PAYME_MERCHANT_KEY.name(), payme.secretJson(), Registry.CLICK_SECRET_KEY.name(), click.secretJson())));
            thirdParties.putAll(LocalMail.verify(world, aws.sesV2()));
            thirdParties.put(Access.LinkToShop.URL_VARIABLE, site.toString());
            var environment = FunctionEnvironment.of(world, resources, endpoints, options.verbose()).with(thirdParties);
            open(opened, environment.apply());
            environment.save(data.functionEnvironment());

            var containers = new LinkedHashMap<String, WarmContainer>();
            world.functions().forEach(f -> containers.put(f.name(), new WarmContainer(f, options.verbose())));
            DeployHooks.run(containers.values().stream().filter(c -> c.function().events().stream().anyMatch(e -> e instanceof EventSource.OnDeploy)).toList(), freshData);
            if (options.demoProducts() > 0) DemoCatalogSeed.load(endpoints, options.demoProducts());
            // the demo images upload once the stack serves: until that ends, a request for a missing one waits for it
            var demoImages = new CompletableFuture<>();
            var origins = world.buckets().stream().map(b -> new BucketOrigin(b, resources.bucket(b), aws.s3(),
                    b.equals(Registry.IMAGES) ? demoImages : CompletableFuture.completedFuture(null))).toList();
            var schedules = startTriggers(opened, containers, resources, aws);

            var outbox = new Outbox(eskiz, options.awsEndpoint().isPresent() ? null : URI.create(endpoints.aws() + "/moto-api"));
            var pages = new LocalPages(world, resources, schedules, aws.sqs(), endpoints, outbox, origins, payme, click, providerCalls);
            gateway.serve(RouteTable.of(world.functions()), containers, new StaticSite(options.frontendDir()), pages, origins, options.verbose());
            opened.remove(gateway);
            opened.push(gateway); // bound first, stopped first: no request may reach a function whose resources are gone
            // after serving, not beside the start: the upload's work in moto (and here) made the start seconds slower
            uploadDemoImages(world, resources, aws, opened).whenComplete((done, failed) -> {
                if (failed == null) demoImages.complete(done);
                else demoImages.completeExceptionally(failed);
            });
            // after the stream pollers read (they start from the stream's end, and the orders' events must go out) and after
            // the demo images: the orders' ~600 events would otherwise crowd moto while it takes them, and image requests wait
            if (options.demoOrders() > 0 && world.tables().contains(Registry.ORDERS)) {
                try {
                    demoImages.get(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // the images are the console's business (it said why); the orders go in all the same
                }
                DemoOrdersSeed.load(endpoints, aws.dynamoDb(), resources.table(Registry.ORDERS).name(), options.demoOrders(), Clock.systemUTC());
            }
            var stack = new LocalStack(opened, gateway.baseUrl(), endpoints, resources, aws, eskiz, payme, click, Duration.ofNanos(System.nanoTime() - start));
            System.out.print(stack.summary(options, gateway.port()));
            return stack;
        } catch (IOException e) {
            closeAll(opened);
            throw new IllegalStateException(e.toString(), e);
        } catch (RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    /** The store admin the local stack seeds (the seed-admin function reads it from its secret): {@code LOCAL_ADMIN_PHONE}, else {@value #DEFAULT_ADMIN_PHONE}. */
    public static final String DEFAULT_ADMIN_PHONE = "+998901234567";

    static String adminPhone() {
        String configured = System.getenv("LOCAL_ADMIN_PHONE");
        return configured == null || configured.isBlank() ? DEFAULT_ADMIN_PHONE : configured.strip();
    }

    /** Where the stack serves, e.g. {@code http://127.0.0.1:3000}. */
    public URI baseUrl() { return baseUrl; }

    public Endpoints endpoints() { return endpoints; }

    public Resources resources() { return resources; }

    /** Clients of the stack's DynamoDB, DynamoDB Streams, SNS, SQS, Secrets Manager and SES. */
    public LocalAws aws() { return aws; }

    /** The Eskiz sandbox the sms-notifier sends through: what it received, and the knobs tests turn. */
    public EskizSandbox eskiz() { return eskiz; }

    /** Payme's checkout at {@code /_local/payme/…}, calling the shop's Merchant API; its {@code calls()} are every provider's. */
    public PaymeSandbox payme() { return payme; }

    /** Click's pay page at {@code /_local/click/…}, calling the shop's Prepare and Complete; its {@code calls()} are every provider's. */
    public ClickSandbox click() { return click; }

    /** From {@link #start} being called to serving. */
    public Duration readyIn() { return readyIn; }

    /** Stops serving, the event pollers, moto, PostgreSQL and DynamoDB Local, in that order; data stays in the data folder. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        long start = System.nanoTime();
        closeAll(opened);
        Progress.done("stopped", start);
    }

    /** The emulators and the database, started in parallel, with the world's resources created in them. */
    private record Backends(LocalAws aws, Resources resources, Endpoints endpoints) {}

    private static Backends startBackends(LocalOptions options, DataFolder data, World world, List<String> shopOrigins, Deque<AutoCloseable> opened) {
        boolean external = options.awsEndpoint().isPresent();
        if (external) Progress.say("using " + options.awsEndpoint().get() + " for every AWS service (AWS_ENDPOINT_URL is set)");
        URI dynamoDbEndpoint = options.awsEndpoint().orElseGet(() -> loopback(FreePort.pick()));
        URI servicesEndpoint = options.awsEndpoint().orElseGet(() -> loopback(FreePort.pick()));
        // closing the executor waits for every start to settle, so on a failure whatever did start is in opened
        try (var starter = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("local-start-", 0).factory())) {
            var database = CompletableFuture.supplyAsync(unchecked(() -> open(opened, startDatabase(data))), starter);
            // the clients need only the endpoints, so the SDK loads while the emulators start
            var aws = CompletableFuture.supplyAsync(() -> open(opened, LocalAws.connect(dynamoDbEndpoint, servicesEndpoint)), starter);
            var dynamoDb = external ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.supplyAsync(unchecked(() -> open(opened, startDynamoDb(data, dynamoDbEndpoint.getPort()))), starter);
            var moto = external ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.supplyAsync(unchecked(() -> open(opened, startMoto(data, servicesEndpoint.getPort()))), starter);
            var tables = dynamoDb.thenCombine(aws, (ready, clients) -> clients).thenApplyAsync(clients -> createTables(world, clients), starter);
            var messaging = moto.thenCombine(aws, (ready, clients) -> clients).thenApplyAsync(clients -> createMessaging(world, clients), starter);
            var buckets = moto.thenCombine(aws, (ready, clients) -> clients).thenApplyAsync(clients -> createBuckets(world, clients, shopOrigins), starter);
            var resources = new Resources(join(tables), join(messaging).topicArns(), join(messaging).queues(), join(buckets));
            var endpoints = new Endpoints(dynamoDbEndpoint, servicesEndpoint, join(database).jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
            return new Backends(join(aws), resources, endpoints);
        }
    }

    /** The topics and queues, created in the emulator. */
    private record Messaging(Map<String, String> topicArns, Map<String, Resources.QueueAddress> queues) {}

    private static Map<String, Resources.TableAddress> createTables(World world, LocalAws aws) {
        long start = System.nanoTime();
        var tables = Provisioner.tables(aws.dynamoDb(), world.tables());
        Progress.done("created " + tables.size() + " table(s)", start);
        return tables;
    }

    private static Messaging createMessaging(World world, LocalAws aws) {
        long start = System.nanoTime();
        var topics = Provisioner.topics(aws.sns(), world.topics());
        var queues = Provisioner.queues(aws.sqs(), aws.sns(), world.queues(), topics);
        long subscriptions = world.queues().stream().filter(q -> q.subscription().isPresent()).count();
        Progress.done("created " + topics.size() + " topic(s), " + queues.size() + " queue(s) with dead-letter queues, "
                + subscriptions + " subscription(s)", start);
        return new Messaging(topics, queues);
    }

    private static Map<String, String> createBuckets(World world, LocalAws aws, List<String> shopOrigins) {
        if (world.buckets().isEmpty()) return Map.of();
        long start = System.nanoTime();
        var buckets = Provisioner.buckets(aws.s3(), world.buckets(), FunctionEnvironment.uploadTargets(world), shopOrigins);
        Progress.done("created " + buckets.size() + " bucket(s)", start);
        return buckets;
    }

    /** The demo catalog's images go where its keys point: the registry's images bucket, when the world has it. */
    private static CompletableFuture<?> uploadDemoImages(World world, Resources resources, LocalAws aws, Deque<AutoCloseable> opened) {
        if (!world.buckets().contains(Registry.IMAGES)) return CompletableFuture.completedFuture(null);
        var upload = DemoImagesSeed.inBackground(aws.s3(), resources.bucket(Registry.IMAGES), Registry.IMAGES);
        AutoCloseable stop = () -> upload.cancel(false); // closed first (opened last): puts cut short by stopping are no failure
        open(opened, stop);
        return upload;
    }

    private static URI loopback(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static Schedules startTriggers(Deque<AutoCloseable> opened, Map<String, WarmContainer> containers, Resources resources, LocalAws aws) {
        var scheduled = new ArrayList<Schedules.Scheduled>();
        for (var container : containers.values()) {
            for (var source : container.function().events()) {
                switch (source) {
                    case EventSource.FromQueue q -> open(opened, new QueuePoller(container, resources.queue(q.queue()), q.batchSize(), aws.sqs()).start());
                    case EventSource.FromStream s -> open(opened, new StreamPoller(container, resources.table(s.table()).streamArn()
                            .orElseThrow(() -> new IllegalStateException("table " + s.table().name() + " has no stream")), s.batchSize(), aws.dynamoDbStreams()).start());
                    case EventSource.Every every -> scheduled.add(new Schedules.Scheduled(container, every.rate()));
                    case EventSource.OnDeploy onDeploy -> { } // ran before serving
                }
            }
        }
        return open(opened, new Schedules(scheduled).start());
    }

    private static EmbeddedDatabase startDatabase(DataFolder data) throws Exception {
        long start = System.nanoTime();
        var database = EmbeddedDatabase.start(data.postgres(), data.postgresLog());
        Progress.done("PostgreSQL " + database.version() + " ready on 127.0.0.1:" + database.port(), start);
        return database;
    }

    private static DynamoDbLocal startDynamoDb(DataFolder data, int port) throws Exception {
        long start = System.nanoTime();
        var dynamoDb = DynamoDbLocal.start(data.dynamoDb(), port);
        Progress.done("DynamoDB Local ready on " + dynamoDb.endpoint().getAuthority(), start);
        return dynamoDb;
    }

    private static MotoServer startMoto(DataFolder data, int port) throws Exception {
        long start = System.nanoTime();
        var moto = MotoServer.start(data.motoLog(), port, System.getenv("PATH"), Path.of(System.getProperty("user.home")));
        Progress.done("moto ready on " + moto.endpoint().getAuthority(), start);
        return moto;
    }

    private String summary(LocalOptions options, int port) {
        String site = "http://localhost:" + port;
        boolean external = options.awsEndpoint().isPresent();
        return """

                  UltraMarket runs locally — ready in %s
                    Shop           %s/
                    API docs       %s/api/docs
                    Health         %s/api/health
                    Local pages    %s/_local/  (queues, dead letters, schedules)
                    Outbox         %s/_local/outbox  (SMS and email sent; JSON: /_local/outbox.json)
                    Eskiz sandbox  %s
                    Payme sandbox  %s/_local/payme/  (checkout; calls %s/api/payments/payme)
                    Click sandbox  %s/_local/click/  (pay page; calls %s/api/payments/click/prepare and …/complete)
                    Payments       %s/_local/payments  (every provider call; JSON: /_local/payments.json; accounts: /_local/providers.json)
                    DynamoDB       %s  (%s)
                    AWS services   %s  (%s)
                    PostgreSQL     %s  (user %s)
                    Data folder    %s
                  Ctrl-C stops it.

                """.formatted(Progress.seconds(readyIn.toNanos()), site, site, site, site, site, eskiz.baseUrl(),
                site, site, site, site, site,
                endpoints.dynamoDb(), external ? "AWS_ENDPOINT_URL" : "DynamoDB Local, streams on",
                endpoints.aws(), external ? "AWS_ENDPOINT_URL" : "moto: SNS, SQS, SES, S3, Secrets Manager; dashboard /moto-api/",
                endpoints.jdbcUrl(), endpoints.databaseUser(), options.dataDir());
    }

    private static <T extends AutoCloseable> T open(Deque<AutoCloseable> opened, T closeable) {
        opened.push(closeable);
        return closeable;
    }

    private static void closeAll(Deque<AutoCloseable> opened) {
        for (AutoCloseable next; (next = opened.poll()) != null; ) {
            try {
                next.close();
            } catch (Exception e) {
                Progress.say("while stopping: " + e);
                if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            }
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw new IllegalStateException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    private static <T> Supplier<T> unchecked(Callable<T> action) {
        return () -> {
            try {
                return action.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.toString(), e);
            }
        };
    }
}
