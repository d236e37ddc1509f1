package uz.ultramarket.registry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every function of UltraMarket and every table, topic and queue they use — declared here once. The CDK app
 * builds the cloud from it and the local stack builds the local world from it: adding a capability means
 * adding an entry here.
 */
public final class Registry {

    // --- Data -------------------------------------------------------------------------------------------

    /** Stored responses of writes that must not happen twice (checkout, payment links, refunds). */
    public static final Table IDEMPOTENCY = Table.named("idempotency").key("pk").ttl("expiresAt").build();

    // --- Web ------------------------------------------------------------------------------------------------

    /** Product images: the catalog stores keys ({@code product.images}), the shop shows {@code /images/<key>}. */
    public static final Bucket IMAGES = new Bucket("images", "/images/");

    // --- Messaging ------------------------------------------------------------------------------------------

    /** Domain events about orders ({@code OrderPlaced}, {@code OrderPaid}, …), attribute {@code type} names each. */
    public static final Topic ORDER_EVENTS = new Topic("order-events");

    /** Customer notifications (SMS and email) to send for order events. */
    public static final Queue NOTIFICATIONS = new Queue("notifications", Duration.ofSeconds(60), 5,
            Optional.of(new Queue.Subscription(ORDER_EVENTS, Map.of())));

    // --- Functions ------------------------------------------------------------------------------------------

    private static final String OPS = "ops";

    public static final FunctionSpec HEALTH = FunctionSpec.named("health")
            .handler(OPS, "uz.ultramarket.ops.health.HealthHandler")
            .description("Checks DynamoDB, PostgreSQL, SNS and SQS and reports each with its latency")
            .route(Route.get("/api/health"))
            .may(Access.read(IDEMPOTENCY), Access.readDatabase(), Access.publish(ORDER_EVENTS), Access.inspect(NOTIFICATIONS))
            .build();

    public static final FunctionSpec API_DOCS = FunctionSpec.named("api-docs")
            .handler(OPS, "uz.ultramarket.ops.apidocs.ApiDocsHandler")
            .description("Serves the OpenAPI document and a readable page of it")
            .memory(256)
            .route(Route.get("/api/docs"))
            .route(Route.get("/api/docs/openapi.yaml"))
            .build();

    public static final FunctionSpec NOT_FOUND = FunctionSpec.named("not-found")
            .handler(OPS, "uz.ultramarket.ops.notfound.NotFoundHandler")
            .description("Answers every unknown route or method with 404 or 405 in problem+json")
            .memory(256)
            .route(Route.DEFAULT)
            .build();

    public static final FunctionSpec MIGRATE_DATABASE = FunctionSpec.named("migrate-database")
            .handler(OPS, "uz.ultramarket.ops.migrate.MigrateDatabaseHandler")
            .description("Applies the catalog database migrations on every deploy")
            .timeout(Duration.ofMinutes(5))
            .on(new EventSource.OnDeploy())
            .may(Access.writeDatabase())
            .build();

    private static final String CATALOG = "catalog";

    public static final FunctionSpec CATEGORIES = FunctionSpec.named("categories")
            .handler(CATALOG, "uz.ultramarket.catalog.browse.categories.CategoriesHandler")
            .description("The category tree with product counts, in the shopper's language")
            .route(Route.get("/api/categories"))
            .may(Access.readDatabase())
            .build();

    public static final FunctionSpec PRODUCTS = FunctionSpec.named("products")
            .handler(CATALOG, "uz.ultramarket.catalog.browse.products.ProductsHandler")
            .description("Lists, filters, searches and pages products, with brand, attribute and price facets")
            .route(Route.get("/api/products"))
            .may(Access.readDatabase())
            .build();

    public static final FunctionSpec PRODUCT_DETAILS = FunctionSpec.named("product-details")
            .handler(CATALOG, "uz.ultramarket.catalog.browse.product.ProductDetailsHandler")
            .description("A product page: variants with stock state, breadcrumbs, attributes and related products")
            .route(Route.get("/api/products/{slug}"))
            .may(Access.readDatabase())
            .build();

    public static final FunctionSpec SEARCH_SUGGEST = FunctionSpec.named("search-suggest")
            .handler(CATALOG, "uz.ultramarket.catalog.browse.suggest.SuggestHandler")
            .description("Type-ahead suggestions: categories, brands and products for what has been typed")
            .route(Route.get("/api/search/suggest"))
            .may(Access.readDatabase())
            .build();

    private static final List<FunctionSpec> FUNCTIONS = List.of(HEALTH, API_DOCS, NOT_FOUND, MIGRATE_DATABASE,
            CATEGORIES, PRODUCTS, PRODUCT_DETAILS, SEARCH_SUGGEST);
    private static final List<Table> TABLES = List.of(IDEMPOTENCY);
    private static final List<Bucket> BUCKETS = List.of(IMAGES);
    private static final List<Topic> TOPICS = List.of(ORDER_EVENTS);
    private static final List<Queue> QUEUES = List.of(NOTIFICATIONS);

    static {
        unique(FUNCTIONS.stream().map(FunctionSpec::name), "function");
        unique(FUNCTIONS.stream().flatMap(f -> f.routes().stream()).map(Route::key), "route");
        unique(BUCKETS.stream().map(Bucket::name), "bucket");
        unique(BUCKETS.stream().map(Bucket::webPath), "bucket path");
        unique(Stream.of(TABLES.stream().map(Table::name), TOPICS.stream().map(Topic::name),
                QUEUES.stream().flatMap(q -> Stream.of(q.name(), q.deadLetterName()))).flatMap(Function.identity()), "resource");
    }

    private Registry() {}

    public static List<FunctionSpec> functions() { return FUNCTIONS; }
    public static List<Table> tables() { return TABLES; }
    public static List<Bucket> buckets() { return BUCKETS; }
    public static List<Topic> topics() { return TOPICS; }
    public static List<Queue> queues() { return QUEUES; }

    /** Every HTTP route, by route key ({@code GET /api/health}), except {@code $default}. */
    public static Map<String, FunctionSpec> routes() {
        return FUNCTIONS.stream()
                .flatMap(f -> f.routes().stream().filter(r -> !r.isDefault()).map(r -> Map.entry(r.key(), f)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void unique(Stream<String> names, String what) {
        var seen = new java.util.HashSet<String>();
        names.forEach(n -> { if (!seen.add(n)) throw new IllegalStateException("duplicate " + what + ": " + n); });
    }
}
