package uz.ultramarket.cart;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import uz.ultramarket.cart.add.AddToCartHandler;
import uz.ultramarket.cart.change.ChangeCartHandler;
import uz.ultramarket.cart.merge.MergeCartHandler;
import uz.ultramarket.cart.store.CartStore;
import uz.ultramarket.cart.view.ViewCartHandler;
import uz.ultramarket.catalog.skus.PostgresSkuCatalog;
import uz.ultramarket.catalog.skus.testing.CatalogFixture;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.SigningKeySet;
import uz.ultramarket.core.auth.SigningKeys;
import uz.ultramarket.core.aws.AwsClients;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.testing.FixedClock;
import uz.ultramarket.core.testing.TestTokens;
import uz.ultramarket.registry.Registry;

/**
 * The cart functions against real parts, shared by the cart's test classes (one per test run): DynamoDB Local with the
 * registry's carts table and a real PostgreSQL with the catalog fixture. The handlers are the real ones over the real
 * stores, on a clock the tests may move; tests keep apart by using their own carts and customers.
 */
public final class CartWorld {

    private static CartWorld world;

    public final FixedClock clock = FixedClock.at("2026-12-03T10:00:00Z");
    public final CatalogFixture catalog;
    public final AwsClients aws;
    public final CartStore store;
    public final ViewCartHandler view;
    public final AddToCartHandler add;
    public final ChangeCartHandler change;
    public final MergeCartHandler merge;

    /** Another Lambda container of the cart functions: the same stores, its own memory of recent carts. */
    public record Container(ViewCartHandler view, AddToCartHandler add, ChangeCartHandler change, MergeCartHandler merge) {}

    private final SigningKeySet keys = SigningKeySet.generate(clock.instant());
    private final AccessTokenVerifier verifier;
    private final DynamoDBProxyServer dynamoDb;

    public static synchronized CartWorld get() throws Exception {
        if (world == null) world = new CartWorld();
        return world;
    }

    private CartWorld() throws Exception {
        int dynamoPort = freePort();
        dynamoDb = ServerRunner.createServerFromCommandLineArgs(new String[] {"-inMemory", "-disableTelemetry", "-port", String.valueOf(dynamoPort)});
        dynamoDb.start();
        catalog = new CatalogFixture();
        var environment = new HashMap<String, String>();
        environment.put("AWS_REGION", "us-east-1");
        environment.put("AWS_ACCESS_KEY_ID", "testing");
        environment.put("AWS_SECRET_ACCESS_KEY", "testing");
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + dynamoPort);
        aws = new AwsClients(new Config(environment::get));
        var spec = Registry.CARTS;
        aws.dynamoDb().createTable(r -> r.tableName(spec.name()).billingMode("PAY_PER_REQUEST")
                .keySchema(k -> k.attributeName(spec.partitionKey()).keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName(spec.partitionKey()).attributeType(ScalarAttributeType.S)));
        store = new CartStore(aws.dynamoDb(), spec.name());
        verifier = new AccessTokenVerifier(SigningKeys.fixed(keys), clock);
        var first = anotherContainer();
        view = first.view();
        add = first.add();
        change = first.change();
        merge = first.merge();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    public Container anotherContainer() {
        var service = new CartService(store, new PostgresSkuCatalog(catalog.dataSource), clock);
        return new Container(new ViewCartHandler(verifier, service), new AddToCartHandler(verifier, service),
                new ChangeCartHandler(verifier, service), new MergeCartHandler(verifier, service));
    }

    /** An access token for customer {@code userId}, as the accounts functions sign it, valid for 15 minutes from the clock. */
    public String tokenFor(String userId) {
        return TestTokens.signed(keys, clock, userId, "customer");
    }

    /** The stored item of a cart's partition key ({@code guest#…}, {@code customer#…}), empty when there is none. */
    public Map<String, AttributeValue> item(String pk) {
        var item = aws.dynamoDb().getItem(r -> r.tableName(Registry.CARTS.name()).key(Map.of("pk", AttributeValue.fromS(pk)))
                .consistentRead(true)).item();
        return item == null ? Map.of() : item;
    }

    private void close() {
        try {
            aws.close();
            dynamoDb.stop();
            catalog.close();
        } catch (Exception e) {
            // the JVM is ending anyway
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
