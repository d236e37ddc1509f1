package uz.ultramarket.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.EnumSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uz.ultramarket.accounts.addresses.AddressBook;
import uz.ultramarket.accounts.addresses.AddressService;
import uz.ultramarket.accounts.addresses.CustomerStanding;
import uz.ultramarket.accounts.store.AccountsTable;
import uz.ultramarket.cart.Cart;
import uz.ultramarket.cart.CartKey;
import uz.ultramarket.cart.store.CartStore;
import uz.ultramarket.catalog.skus.PostgresSkuCatalog;
import uz.ultramarket.catalog.skus.testing.CatalogFixture;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.SigningKeySet;
import uz.ultramarket.core.auth.SigningKeys;
import uz.ultramarket.core.aws.AwsClients;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.core.testing.FixedClock;
import uz.ultramarket.core.testing.TestTokens;
import uz.ultramarket.core.audit.AuditTrail;
import uz.ultramarket.orders.admin.AdminOrders;
import uz.ultramarket.orders.admin.AdminOrdersHandler;
import uz.ultramarket.orders.admin.delivery.AdminDelivery;
import uz.ultramarket.orders.admin.delivery.AdminDeliveryHandler;
import uz.ultramarket.orders.admin.delivery.DeliverySettingsStore;
import uz.ultramarket.orders.checkout.CheckoutClaims;
import uz.ultramarket.orders.checkout.CheckoutHandler;
import uz.ultramarket.orders.checkout.CheckoutService;
import uz.ultramarket.orders.delivery.DeliveryOptions;
import uz.ultramarket.orders.delivery.DeliveryOptionsHandler;
import uz.ultramarket.orders.delivery.DeliveryRates;
import uz.ultramarket.orders.history.OrderHistory;
import uz.ultramarket.orders.history.OrdersHandler;
import uz.ultramarket.orders.store.OrderNumbers;
import uz.ultramarket.orders.store.OrderStore;
import uz.ultramarket.orders.sweep.OrderSweep;
import uz.ultramarket.orders.testing.DynamoDbLocalServer;
import uz.ultramarket.orders.testing.RegistryTables;
import uz.ultramarket.orders.testing.SampleOrders;
import uz.ultramarket.registry.Registry;

/**
 * The orders functions against real parts, shared by the orders' test classes (one per test run): DynamoDB Local with
 * the registry's orders, idempotency, carts and accounts tables (indexes and stream as declared), and a real PostgreSQL
 * migrated with the shop's history and the catalog fixture. Handlers are the real ones over the real stores, on a clock
 * the tests may move; tests keep apart by using their own customers.
 */
public final class OrdersWorld {

    private static OrdersWorld world;

    /** Near the real time, since the database stamps reservations with its own clock. */
    public final FixedClock clock = FixedClock.at(java.time.Instant.now());
    public final CatalogFixture catalog;
    public final AwsClients aws;
    public final OrderStore orders;
    public final OrderNumbers numbers;
    public final CartStore carts;
    public final AccountsTable accounts;
    public final PostgresSkuCatalog skus;
    public final OrderTransitions transitions;
    public final CheckoutService checkoutService;
    public final CheckoutHandler checkout;
    public final OrdersHandler history;
    public final DeliveryOptionsHandler delivery;
    public final OrderSweep sweep;
    public final AuditTrail audit;
    public final AdminOrdersHandler adminOrders;
    public final AdminDeliveryHandler adminDelivery;

    private final SigningKeySet keys = SigningKeySet.generate(clock.instant());
    private final DynamoDbLocalServer dynamoDb;

    public static synchronized OrdersWorld get() {
        try {
            if (world == null) world = new OrdersWorld();
            return world;
        } catch (Exception e) {
            throw new IllegalStateException("the orders test world did not start: " + e, e);
        }
    }

    private OrdersWorld() throws Exception {
        dynamoDb = DynamoDbLocalServer.start();
        catalog = new CatalogFixture();
        var environment = dynamoDb.environment();
        aws = new AwsClients(new Config(environment::get));
        for (var table : List.of(Registry.ORDERS, Registry.IDEMPOTENCY, Registry.CARTS, Registry.ACCOUNTS, Registry.AUDIT)) RegistryTables.create(aws.dynamoDb(), table);
        orders = new OrderStore(aws.dynamoDb(), Registry.ORDERS.name());
        numbers = new OrderNumbers(aws.dynamoDb(), Registry.ORDERS.name());
        carts = new CartStore(aws.dynamoDb(), Registry.CARTS.name());
        accounts = new AccountsTable(aws.dynamoDb(), Registry.ACCOUNTS.name());
        skus = new PostgresSkuCatalog(catalog.dataSource);
        var options = new DeliveryOptions(new DeliveryRates(catalog.dataSource, clock), clock);
        transitions = new OrderTransitions(orders, skus, clock);
        checkoutService = checkoutService(orders);
        var verifier = new AccessTokenVerifier(SigningKeys.fixed(keys), clock);
        checkout = new CheckoutHandler(verifier, checkoutService);
        history = new OrdersHandler(verifier, new OrderHistory(orders, transitions, clock));
        delivery = new DeliveryOptionsHandler(options);
        sweep = new OrderSweep(orders, transitions, skus, clock);
        audit = new AuditTrail(aws.dynamoDb(), Registry.AUDIT.name(), clock);
        adminOrders = new AdminOrdersHandler(verifier, new AdminOrders(orders, transitions, audit, aws.dynamoDb(), clock));
        adminDelivery = new AdminDeliveryHandler(verifier, new AdminDelivery(new DeliverySettingsStore(catalog.dataSource), audit));
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    /** A checkout service over {@code orderStore} (the tests' broken one, say) and the world's other real stores. */
    public CheckoutService checkoutService(OrderStore orderStore) {
        return new CheckoutService(new CheckoutClaims(aws.dynamoDb(), Registry.IDEMPOTENCY.name()), numbers, orderStore, carts, skus,
                new AddressService(new AddressBook(accounts), clock),
                new DeliveryOptions(new DeliveryRates(catalog.dataSource, clock), clock), new CustomerStanding(accounts), clock);
    }

    /** A new customer account (as the accounts functions store one), with phone +99890XXXXXXX. */
    public String customer() {
        String id = Ids.newId();
        String phone = "+99890" + String.format("%07d", Math.floorMod(id.hashCode(), 10_000_000));
        aws.dynamoDb().putItem(r -> r.tableName(Registry.ACCOUNTS.name()).item(Map.of(
                "pk", AttributeValue.fromS(AccountsTable.userKey(id)), "sk", AttributeValue.fromS(AccountsTable.PROFILE),
                "userId", AttributeValue.fromS(id), "phone", AttributeValue.fromS(phone), "name", AttributeValue.fromS("Test Customer"),
                "role", AttributeValue.fromS("customer"), "createdAt", AttributeValue.fromS(clock.instant().toString()),
                "updatedAt", AttributeValue.fromS(clock.instant().toString()))));
        return id;
    }

    /** Puts {@code quantities} (SKU → units) in the customer's cart, replacing what was there. */
    public void fillCart(String customerId, Map<String, Integer> quantities) {
        var key = new CartKey.Customer(customerId);
        var stored = carts.find(key, clock.instant());
        var lines = new ArrayList<Cart.Line>();
        quantities.forEach((sku, quantity) -> lines.add(new Cart.Line(sku, quantity, Money.ofTiyin(1), clock.instant())));
        var cart = new Cart(key, stored.map(Cart::id).orElse(customerId), lines, stored.map(Cart::version).orElse(0L));
        if (!carts.save(cart, clock.instant())) throw new IllegalStateException("the cart changed while the test filled it");
    }

    /** An order in {@code status} holding {@code quantity} of {@code sku} as that status would (reserved, or taken). */
    public Order storedOrder(OrderStatus status, String sku, int quantity) {
        String number = numbers.next();
        skus.reserve(number, Map.of(sku, quantity));
        if (EnumSet.of(OrderStatus.PAID, OrderStatus.CONFIRMED, OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.DELIVERED,
                OrderStatus.REFUNDED).contains(status)) skus.take(number);
        if (EnumSet.of(OrderStatus.CANCELLED, OrderStatus.EXPIRED).contains(status)) skus.release(number);
        var order = SampleOrders.of(number, "lifecycle-test", status,
                status == OrderStatus.AWAITING_CONFIRMATION ? PaymentMethod.CASH : PaymentMethod.PAYME, sku, quantity, 0, clock.instant());
        if (!orders.create(order)) throw new IllegalStateException("order " + number + " exists");
        return order;
    }

    /** An access token for customer {@code userId}, as the accounts functions sign it, valid for 15 minutes from the clock. */
    public String tokenFor(String userId) {
        return tokenFor(userId, "customer");
    }

    /** An access token for {@code userId} in {@code role} (customer, manager or admin). */
    public String tokenFor(String userId, String role) {
        return TestTokens.signed(keys, clock, userId, role);
    }

    private void close() {
        try {
            aws.close();
            dynamoDb.close();
            catalog.close();
        } catch (Exception e) {
            // the JVM is ending anyway
        }
    }
}
