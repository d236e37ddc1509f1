package uz.ultramarket.payments;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import uz.ultramarket.catalog.skus.PostgresSkuCatalog;
import uz.ultramarket.catalog.skus.testing.CatalogFixture;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.SigningKeySet;
import uz.ultramarket.core.auth.SigningKeys;
import uz.ultramarket.core.aws.AwsClients;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.core.testing.FixedClock;
import uz.ultramarket.core.testing.MotoProcess;
import uz.ultramarket.core.testing.TestTokens;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderNumber;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.OrderTransitions;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.orders.store.OrderStore;
import uz.ultramarket.orders.testing.DynamoDbLocalServer;
import uz.ultramarket.orders.testing.RegistryTables;
import uz.ultramarket.orders.testing.SampleOrders;
import uz.ultramarket.payments.click.ClickCompleteEndpoint;
import uz.ultramarket.payments.click.ClickPrepareEndpoint;
import uz.ultramarket.payments.click.ClickService;
import uz.ultramarket.payments.click.ClickShop;
import uz.ultramarket.payments.links.PaymentLinkHandler;
import uz.ultramarket.payments.links.PaymentLinks;
import uz.ultramarket.payments.payme.PaymeKassa;
import uz.ultramarket.payments.payme.PaymeMerchant;
import uz.ultramarket.payments.payme.PaymeMerchantEndpoint;
import uz.ultramarket.payments.store.CallbackLog;
import uz.ultramarket.payments.store.PaymentStore;
import uz.ultramarket.registry.Registry;

/**
 * The payments functions against real parts, one per test run: DynamoDB Local with the registry's orders, payments and
 * idempotency tables; moto's Secrets Manager holding the Payme kassa and Click service secrets (ChangePassword really
 * rotates it); a real PostgreSQL with the catalog fixture, whose stock the orders hold. Endpoints are the real handlers
 * over the real stores, on a clock tests may move; tests keep apart by using their own orders.
 */
public final class PaymentsWorld {

    public static final String MERCHANT_ID = "64f1c0ffee0ba5e0da7a0001";
    public static final String PAYME_KEY = "UltraMarket-test-Payme-key-00000001";
    public static final String CLICK_SERVICE_ID = "30001";
    public static final String CLICK_MERCHANT_ID = "20001";
    public static final String CLICK_SECRET = "ultramarket-test-click-secret";
    public static final String SHOP_URL = "https://shop.test";

    private static PaymentsWorld world;

    public final FixedClock clock = FixedClock.at(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    public final CatalogFixture catalog;
    public final AwsClients aws;
    public final OrderStore orders;
    public final PaymentStore payments;
    public final PostgresSkuCatalog skus;
    public final OrderTransitions transitions;
    public final PaymeKassa kassa;
    public final PaymeMerchantEndpoint payme;
    public final ClickPrepareEndpoint clickPrepare;
    public final ClickCompleteEndpoint clickComplete;
    public final PaymentLinkHandler links;
    public final CallbackLog callbacks;
    public final String paymeSecretArn;

    private final SigningKeySet keys = SigningKeySet.generate(clock.instant());
    private final DynamoDbLocalServer dynamoDb;
    private final MotoProcess moto;
    private final AtomicLong numbers = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 100);

    public static synchronized PaymentsWorld get() {
        try {
            if (world == null) world = new PaymentsWorld();
            return world;
        } catch (Exception e) {
            throw new IllegalStateException("the payments test world did not start: " + e, e);
        }
    }

    private PaymentsWorld() throws Exception {
        dynamoDb = DynamoDbLocalServer.start();
        moto = MotoProcess.start();
        catalog = new CatalogFixture();
        var environment = dynamoDb.environment();
        environment.put("AWS_ENDPOINT_URL", moto.endpoint());
        aws = new AwsClients(new Config(environment::get));
        for (var table : List.of(Registry.ORDERS, Registry.PAYMENTS, Registry.IDEMPOTENCY)) RegistryTables.create(aws.dynamoDb(), table);
        paymeSecretArn = aws.secretsManager().createSecret(r -> r.name("payme-merchant-key").secretString(
                "{\"merchantId\":\"" + MERCHANT_ID + "\",\"key\":\"" + PAYME_KEY + "\",\"checkoutUrl\":\"https://checkout.test\"}")).arn();
        String clickArn = aws.secretsManager().createSecret(r -> r.name("click-secret-key").secretString("{\"serviceId\":\"" + CLICK_SERVICE_ID
                + "\",\"merchantId\":\"" + CLICK_MERCHANT_ID + "\",\"secretKey\":\"" + CLICK_SECRET + "\",\"payUrl\":\"https://click.test/services/pay\"}")).arn();
        orders = new OrderStore(aws.dynamoDb(), Registry.ORDERS.name());
        payments = new PaymentStore(aws.dynamoDb(), Registry.PAYMENTS.name(), clock);
        skus = new PostgresSkuCatalog(catalog.dataSource);
        transitions = new OrderTransitions(orders, skus, clock);
        callbacks = payments.callbacks();
        var secrets = aws.secretsManager();
        kassa = new PaymeKassa(() -> secrets.getSecretValue(r -> r.secretId(paymeSecretArn)).secretString(),
                value -> secrets.putSecretValue(r -> r.secretId(paymeSecretArn).secretString(value)), clock);
        payme = new PaymeMerchantEndpoint(kassa, new PaymeMerchant(payments, orders, transitions, kassa, clock), callbacks);
        var click = ClickService.fromSecret(secrets.getSecretValue(r -> r.secretId(clickArn)).secretString());
        var shop = new ClickShop(payments, orders, transitions, () -> click, clock);
        clickPrepare = new ClickPrepareEndpoint(shop, callbacks);
        clickComplete = new ClickCompleteEndpoint(shop, callbacks);
        links = new PaymentLinkHandler(new AccessTokenVerifier(SigningKeys.fixed(keys), clock),
                new PaymentLinks(orders, kassa::settings, () -> click, SHOP_URL, aws.dynamoDb(), Registry.IDEMPOTENCY.name(), clock));
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    /** A new online order of {@code customerId} awaiting payment through {@code method}, holding {@code quantity} of {@code sku}. */
    public Order order(String customerId, PaymentMethod method, String sku, int quantity) {
        String number = OrderNumber.of(numbers.incrementAndGet());
        skus.reserve(number, Map.of(sku, quantity));
        var status = method == PaymentMethod.CASH ? OrderStatus.AWAITING_CONFIRMATION : OrderStatus.PENDING_PAYMENT;
        var order = SampleOrders.of(number, customerId, status, method, sku, quantity, 2_000_000, clock.instant());
        if (!orders.create(order)) throw new IllegalStateException("order " + number + " exists");
        return order;
    }

    public Order order(PaymentMethod method, String sku, int quantity) {
        return order("customer-" + numbers.get(), method, sku, quantity);
    }

    public Order reload(Order order) {
        return orders.find(order.number()).orElseThrow();
    }

    /** The raw reply of Payme calling {@code body} with the kassa's current key. */
    public String payme(String body) {
        return payme(body, "Basic " + Base64.getEncoder().encodeToString(("Paycom:" + kassa.settings().key()).getBytes(StandardCharsets.UTF_8)));
    }

    public String payme(String body, String authorization) {
        var call = Call.post(payme, "/api/payments/payme").body("text/json; charset=UTF-8", body);
        if (authorization != null) call.header("Authorization", authorization);
        var answer = call.send();
        if (answer.status() != 200) throw new AssertionError("Payme got HTTP " + answer.status() + ": " + answer.body());
        return answer.body();
    }

    public JsonNode paymeJson(String body) {
        return Json.read(payme(body), JsonNode.class);
    }

    /** An access token for customer {@code userId}, valid for 15 minutes from the clock. */
    public String tokenFor(String userId) {
        return TestTokens.signed(keys, clock, userId, "customer");
    }

    private void close() {
        try {
            aws.close();
            dynamoDb.close();
            moto.close();
            catalog.close();
        } catch (Exception e) {
            // the JVM is ending anyway
        }
    }
}
