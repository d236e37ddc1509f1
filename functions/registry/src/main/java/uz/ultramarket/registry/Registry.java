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

    /**
     * Users, phone claims, addresses, OTP challenges, refresh tokens and their families, rate-limit counters: one table,
     * items told apart by key prefix ({@code user#…}, {@code phone#…}, {@code otp#…}, {@code refresh#…}, {@code family#…},
     * {@code throttle#…}); short-lived items carry {@code expiresAt}. See functions/accounts/README.md.
     */
    public static final Table ACCOUNTS = Table.named("accounts").key("pk", "sk").ttl("expiresAt").build();

    /**
     * Carts: {@code guest#<cart id>} (a guest's, expiring 30 days after its last use) or {@code customer#<user id>} (kept);
     * lines as a list, written with a version check. See functions/cart/README.md.
     */
    public static final Table CARTS = Table.named("carts").key("pk").ttl("expiresAt").build();

    /**
     * Orders: {@code order#<number>}, the order as JSON in {@code body} beside what the indexes need; index
     * {@code by-customer} ({@code customerId}, {@code placed}) lists a customer's newest first, the sparse index
     * {@code awaiting-payment} ({@code payDue}, {@code payBy}) finds unpaid online orders due to expire, and {@code by-month}
     * ({@code month} in Asia/Tashkent, {@code placed}) lists them for staff. Its stream feeds
     * the order events. See functions/orders/README.md.
     */
    public static final Table ORDERS = Table.named("orders").key("pk").stream()
            .index("by-customer", "customerId", "placed")
            .index("awaiting-payment", "payDue", "payBy")
            .index("by-month", "month", "placed")
            .build();

    /**
     * Payments: a Payme transaction ({@code payme#<Payme id>}, sk {@code transaction}), a Click payment
     * ({@code click#<click_trans_id>}, sk {@code payment}), the record of every payment callback
     * ({@code callbacks#<yyyy-MM-dd>}, sk {@code <time>#<id>}) and Click's prepare-id counter. Index
     * {@code payme-statement} ({@code statementMonth}, {@code paymeTime}) answers Payme's GetStatement. See
     * functions/payments/README.md.
     */
    public static final Table PAYMENTS = Table.named("payments").key("pk", "sk")
            .index("payme-statement", "statementMonth", "paymeTime")
            .build();

    /**
     * The admin console's audit log: one item per staff action ({@code month#<yyyy-MM>}, sk {@code <time>#<id>}) with who,
     * what, when and the record before and after. Functions may only append to it; no route changes it.
     */
    public static final Table AUDIT = Table.named("audit").key("pk", "sk").build();

    /**
     * The dashboard's figures, kept up to date from the order events: per Asia/Tashkent day of placing
     * ({@code day#<yyyy-MM-dd>}, sk {@code totals} or {@code product#<sku>}) and what each order adds to them now
     * ({@code order#<number>}). See functions/admin/README.md.
     */
    public static final Table ANALYTICS = Table.named("analytics").key("pk", "sk").build();

    // --- Web ------------------------------------------------------------------------------------------------

    /** Product images: the catalog stores keys ({@code product.images}), the shop shows {@code /images/<key>}. */
    public static final Bucket IMAGES = new Bucket("images", "/images/");

    // --- Messaging ------------------------------------------------------------------------------------------

    /** Domain events about orders ({@code OrderPlaced}, {@code OrderPaid}, …), attribute {@code type} names each. */
    public static final Topic ORDER_EVENTS = new Topic("order-events");

    /**
     * Requests to send one SMS or email: core's {@code Notification} (JSON), published with {@code NotificationPublisher};
     * attribute {@code channel} ({@code sms}/{@code email}) routes each to its queue.
     */
    public static final Topic NOTIFICATIONS = new Topic("notifications");

    // 5 tries a minute apart: about the 5 minutes an SMS code lives, then the dead-letter queue (and its alarm)
    /** SMS notifications, for the {@code sms-notifier}. */
    public static final Queue SMS_NOTIFICATIONS = new Queue("sms-notifications", Duration.ofSeconds(60), 5,
            Optional.of(new Queue.Subscription(NOTIFICATIONS, Map.of("channel", List.of("sms")))));

    /** Email notifications, for the {@code email-notifier}. */
    public static final Queue EMAIL_NOTIFICATIONS = new Queue("email-notifications", Duration.ofSeconds(60), 5,
            Optional.of(new Queue.Subscription(NOTIFICATIONS, Map.of("channel", List.of("email")))));

    /** Order events the customer hears about by SMS, for the {@code order-notifier}. */
    public static final Queue ORDER_NOTIFICATIONS = new Queue("order-notifications", Duration.ofSeconds(60), 5,
            Optional.of(new Queue.Subscription(ORDER_EVENTS, Map.of("type", List.of("OrderPlaced", "OrderPaid", "OrderConfirmed",
                    "OrderProcessing", "OrderCancelled", "OrderExpired", "OrderShipped", "OrderDelivered", "OrderRefunded")))));

    /** Every order event, for the dashboard's figures ({@code tally-orders}). */
    public static final Queue ORDER_TALLY = new Queue("order-tally", Duration.ofSeconds(60), 5,
            Optional.of(new Queue.Subscription(ORDER_EVENTS, Map.of("type", List.of("OrderPlaced", "OrderPaid", "OrderConfirmed",
                    "OrderProcessing", "OrderCancelled", "OrderExpired", "OrderShipped", "OrderDelivered", "OrderRefunded")))));

    // --- Operator secrets -----------------------------------------------------------------------------------

    /** Kept by payme-merchant: Payme's ChangePassword rotates the key in it. */
    public static final Secret PAYME_MERCHANT_KEY = new Secret("payme-merchant-key",
            "Payme kassa as JSON: {\"merchantId\":\"<kassa id>\",\"key\":\"<KEY, the password of Payme's Basic auth>\"} (optional: \"checkoutUrl\", default https://checkout.paycom.uz)");
    public static final Secret CLICK_SECRET_KEY = new Secret("click-secret-key",
            "Click service as JSON: {\"serviceId\":\"…\",\"merchantId\":\"…\",\"secretKey\":\"<signs prepare and complete>\"} (optional: \"payUrl\", default https://my.click.uz/services/pay)");
    /** Read by the sms-notifier; see {@code functions/notifications/README.md} for the optional fields. */
    public static final Secret ESKIZ = new Secret("eskiz",
            "Eskiz SMS gateway login as JSON: {\"email\":\"…\",\"password\":\"…\"} (optional: \"from\", \"callbackUrl\", \"baseUrl\")");
    public static final Secret ADMIN_BOOTSTRAP_PHONE = new Secret("admin-bootstrap-phone",
            "Phone number (+998XXXXXXXXX) that becomes the first store admin");
    /** Not an operator's: the accounts functions create it on first use and {@code rotate-signing-key} rotates it. */
    public static final Secret SIGNING_KEYS = new Secret("signing-keys",
            "Access-token signing keys (ES256, current + previous) and the OTP HMAC key, kept by the accounts functions: never set by hand");

    // --- Functions ------------------------------------------------------------------------------------------

    private static final String OPS = "ops";

    public static final FunctionSpec HEALTH = FunctionSpec.named("health")
            .handler(OPS, "uz.ultramarket.ops.health.HealthHandler")
            .description("Checks DynamoDB, PostgreSQL, SNS and SQS and reports each with its latency")
            .route(Route.get("/api/health"))
            .may(Access.read(IDEMPOTENCY), Access.readDatabase(), Access.publish(ORDER_EVENTS), Access.inspect(SMS_NOTIFICATIONS))
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
            .sharedAnswers()
            .build();

    public static final FunctionSpec PRODUCTS = FunctionSpec.named("products")
            .handler(CATALOG, "uz.ultramarket.catalog.browse.products.ProductsHandler")
            .description("Lists, filters, searches and pages products, with brand, attribute and price facets")
            .route(Route.get("/api/products"))
            .may(Access.readDatabase())
            .sharedAnswers()
            .build();

    public static final FunctionSpec PRODUCT_DETAILS = FunctionSpec.named("product-details")
            .handler(CATALOG, "uz.ultramarket.catalog.browse.product.ProductDetailsHandler")
            .description("A product page: variants with stock state, breadcrumbs, attributes and related products")
            .route(Route.get("/api/products/{slug}"))
            .may(Access.readDatabase())
            .sharedAnswers()
            .build();

    public static final FunctionSpec SEARCH_SUGGEST = FunctionSpec.named("search-suggest")
            .handler(CATALOG, "uz.ultramarket.catalog.browse.suggest.SuggestHandler")
            .description("Type-ahead suggestions: categories, brands and products for what has been typed")
            .route(Route.get("/api/search/suggest"))
            .may(Access.readDatabase())
            .sharedAnswers()
            .build();

    private static final String NOTIFY = "notifications";

    public static final FunctionSpec SMS_NOTIFIER = FunctionSpec.named("sms-notifier")
            .handler(NOTIFY, "uz.ultramarket.notifications.sms.SmsNotifierHandler")
            .description("Sends each SMS notification once, through Eskiz")
            .timeout(Duration.ofSeconds(30))
            .on(new EventSource.FromQueue(SMS_NOTIFICATIONS, 5))
            .may(Access.write(IDEMPOTENCY), Access.readSecret(ESKIZ))
            .build();

    public static final FunctionSpec EMAIL_NOTIFIER = FunctionSpec.named("email-notifier")
            .handler(NOTIFY, "uz.ultramarket.notifications.email.EmailNotifierHandler")
            .description("Sends each email notification once, through SES")
            .timeout(Duration.ofSeconds(30))
            .on(new EventSource.FromQueue(EMAIL_NOTIFICATIONS, 10))
            .may(Access.write(IDEMPOTENCY), Access.sendEmail())
            .build();

    private static final String ACCOUNTS_MODULE = "accounts";

    public static final FunctionSpec REQUEST_OTP = FunctionSpec.named("request-otp")
            .handler(ACCOUNTS_MODULE, "uz.ultramarket.accounts.otp.RequestOtpHandler")
            .description("Sends a 6-digit sign-up or login code by SMS (hashed, 5 minutes, 5 tries, throttled per phone and IP)")
            .route(Route.post("/api/auth/otp"))
            .may(Access.write(ACCOUNTS), Access.publish(NOTIFICATIONS), Access.keepSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec REGISTER = FunctionSpec.named("register")
            .handler(ACCOUNTS_MODULE, "uz.ultramarket.accounts.register.RegisterHandler")
            .description("Creates an account from a phone, its SMS code and a name; starts a session")
            .route(Route.post("/api/auth/register"))
            .may(Access.write(ACCOUNTS), Access.keepSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec LOGIN = FunctionSpec.named("login")
            .handler(ACCOUNTS_MODULE, "uz.ultramarket.accounts.login.LoginHandler")
            .description("Starts a session from a phone and its password or SMS code")
            .route(Route.post("/api/auth/login"))
            .may(Access.write(ACCOUNTS), Access.keepSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec REFRESH_SESSION = FunctionSpec.named("refresh-session")
            .handler(ACCOUNTS_MODULE, "uz.ultramarket.accounts.session.RefreshHandler")
            .description("Trades a refresh token for a new access token and refresh token; a reused one ends its session")
            .route(Route.post("/api/auth/refresh"))
            .may(Access.write(ACCOUNTS), Access.keepSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec LOGOUT = FunctionSpec.named("logout")
            .handler(ACCOUNTS_MODULE, "uz.ultramarket.accounts.session.LogoutHandler")
            .description("Ends the session of the refresh token cookie")
            .memory(256)
            .route(Route.post("/api/auth/logout"))
            .may(Access.write(ACCOUNTS))
            .build();

    public static final FunctionSpec PROFILE = FunctionSpec.named("profile")
            .handler(ACCOUNTS_MODULE, "uz.ultramarket.accounts.profile.ProfileHandler")
            .description("The signed-in customer's own profile: read it, change the name or password")
            .route(Route.get("/api/me"))
            .route(Route.patch("/api/me"))
            .may(Access.write(ACCOUNTS), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec ADDRESSES = FunctionSpec.named("addresses")
            .handler(ACCOUNTS_MODULE, "uz.ultramarket.accounts.addresses.AddressesHandler")
            .description("The signed-in customer's own delivery addresses: list, add, change, delete")
            .route(Route.get("/api/me/addresses"))
            .route(Route.post("/api/me/addresses"))
            .route(Route.patch("/api/me/addresses/{id}"))
            .route(Route.delete("/api/me/addresses/{id}"))
            .may(Access.write(ACCOUNTS), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec SEED_ADMIN = FunctionSpec.named("seed-admin")
            .handler(ACCOUNTS_MODULE, "uz.ultramarket.accounts.admin.SeedAdminHandler")
            .description("On every deploy: makes the phone in the admin-bootstrap-phone secret a store admin")
            .on(new EventSource.OnDeploy())
            .may(Access.write(ACCOUNTS), Access.readSecret(ADMIN_BOOTSTRAP_PHONE))
            .build();

    public static final FunctionSpec ROTATE_SIGNING_KEY = FunctionSpec.named("rotate-signing-key")
            .handler(ACCOUNTS_MODULE, "uz.ultramarket.accounts.keys.RotateSigningKeyHandler")
            .description("Every 30 days: a new access-token signing key; the previous one keeps verifying")
            .memory(256)
            .on(new EventSource.Every(Duration.ofDays(30)))
            .may(Access.keepSecret(SIGNING_KEYS))
            .build();

    private static final String CART = "cart";

    public static final FunctionSpec VIEW_CART = FunctionSpec.named("view-cart")
            .handler(CART, "uz.ultramarket.cart.view.ViewCartHandler")
            .description("The signed-in customer's cart, or the guest cart of X-Cart-Id, priced and checked against stock now")
            .route(Route.get("/api/cart"))
            .may(Access.write(CARTS), Access.readDatabase(), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec ADD_TO_CART = FunctionSpec.named("add-to-cart")
            .handler(CART, "uz.ultramarket.cart.add.AddToCartHandler")
            .description("Adds a SKU to the cart (a new guest cart when there is none), within stock, 99 a line and 50 lines")
            .route(Route.post("/api/cart/items"))
            .may(Access.write(CARTS), Access.readDatabase(), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec CHANGE_CART = FunctionSpec.named("change-cart")
            .handler(CART, "uz.ultramarket.cart.change.ChangeCartHandler")
            .description("Changes a line's quantity, removes a line or empties the cart")
            .route(Route.patch("/api/cart/items/{sku}"))
            .route(Route.delete("/api/cart/items/{sku}"))
            .route(Route.delete("/api/cart"))
            .may(Access.write(CARTS), Access.readDatabase(), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec MERGE_CART = FunctionSpec.named("merge-cart")
            .handler(CART, "uz.ultramarket.cart.merge.MergeCartHandler")
            .description("Right after sign-in: moves the guest cart's lines into the customer's cart, capped by stock and limits")
            .route(Route.post("/api/cart/merge"))
            .may(Access.write(CARTS), Access.readDatabase(), Access.readSecret(SIGNING_KEYS))
            .build();

    private static final String ORDERS_MODULE = "orders";

    public static final FunctionSpec DELIVERY_OPTIONS = FunctionSpec.named("delivery-options")
            .handler(ORDERS_MODULE, "uz.ultramarket.orders.delivery.DeliveryOptionsHandler")
            .description("The delivery methods of a region with their fees for a subtotal and their dates")
            .route(Route.get("/api/delivery/options"))
            .may(Access.readDatabase())
            .build();

    public static final FunctionSpec CHECKOUT = FunctionSpec.named("checkout")
            .handler(ORDERS_MODULE, "uz.ultramarket.orders.checkout.CheckoutHandler")
            .description("Places the signed-in customer's cart as an order, once per Idempotency-Key: stock held all or none")
            .route(Route.post("/api/checkout"))
            .may(Access.write(ORDERS), Access.write(IDEMPOTENCY), Access.write(CARTS), Access.write(ACCOUNTS),
                    Access.writeDatabase(), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec ORDERS_OF_CUSTOMER = FunctionSpec.named("orders")
            .handler(ORDERS_MODULE, "uz.ultramarket.orders.history.OrdersHandler")
            .description("The signed-in customer's orders: the list newest first, one order, cancelling one before it ships")
            .route(Route.get("/api/orders"))
            .route(Route.get("/api/orders/{number}"))
            .route(Route.post("/api/orders/{number}/cancel"))
            .may(Access.write(ORDERS), Access.writeDatabase(), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec PUBLISH_ORDER_EVENTS = FunctionSpec.named("publish-order-events")
            .handler(ORDERS_MODULE, "uz.ultramarket.orders.events.OrderEventsHandler")
            .description("Turns each status an order takes into its event on order-events, and re-applies the step's stock effect")
            .timeout(Duration.ofSeconds(30))
            .on(new EventSource.FromStream(ORDERS, 100))
            .may(Access.publish(ORDER_EVENTS), Access.writeDatabase())
            .build();

    public static final FunctionSpec ORDER_NOTIFIER = FunctionSpec.named("order-notifier")
            .handler(ORDERS_MODULE, "uz.ultramarket.orders.events.OrderNotifierHandler")
            .description("Turns order events into the SMS to the customer's phone, in their language")
            .memory(256)
            .on(new EventSource.FromQueue(ORDER_NOTIFICATIONS, 10))
            .may(Access.read(ACCOUNTS), Access.publish(NOTIFICATIONS))
            .build();

    public static final FunctionSpec SWEEP_ORDERS = FunctionSpec.named("sweep-orders")
            .handler(ORDERS_MODULE, "uz.ultramarket.orders.sweep.SweepOrdersHandler")
            .description("Every minute: expires unpaid online orders past their time and releases stock whose order was never written")
            .timeout(Duration.ofSeconds(60))
            .on(new EventSource.Every(Duration.ofMinutes(1)))
            .may(Access.write(ORDERS), Access.writeDatabase())
            .build();

    private static final String PAYMENTS_MODULE = "payments";

    public static final FunctionSpec PAYME_MERCHANT = FunctionSpec.named("payme-merchant")
            .handler(PAYMENTS_MODULE, "uz.ultramarket.payments.payme.PaymeMerchantEndpoint")
            .description("Payme's Merchant API (JSON-RPC): Basic auth first, transactions that pay, cancel or refund orders")
            .route(Route.post("/api/payments/payme"))
            .route(Route.get("/api/payments/payme")) // answered -32300 in Payme's protocol, not a gateway 405
            .may(Access.write(PAYMENTS), Access.write(ORDERS), Access.writeDatabase(), Access.keepSecret(PAYME_MERCHANT_KEY))
            .build();

    public static final FunctionSpec CLICK_PREPARE = FunctionSpec.named("click-prepare")
            .handler(PAYMENTS_MODULE, "uz.ultramarket.payments.click.ClickPrepareEndpoint")
            .description("Click's Prepare: signature checked, the order's amount checked and held for this payment")
            .route(Route.post("/api/payments/click/prepare"))
            .may(Access.write(PAYMENTS), Access.write(ORDERS), Access.writeDatabase(), Access.readSecret(CLICK_SECRET_KEY))
            .build();

    public static final FunctionSpec CLICK_COMPLETE = FunctionSpec.named("click-complete")
            .handler(PAYMENTS_MODULE, "uz.ultramarket.payments.click.ClickCompleteEndpoint")
            .description("Click's Complete: signature checked, the order paid (stock taken) or, on Click's error, cancelled")
            .route(Route.post("/api/payments/click/complete"))
            .may(Access.write(PAYMENTS), Access.write(ORDERS), Access.writeDatabase(), Access.readSecret(CLICK_SECRET_KEY))
            .build();

    public static final FunctionSpec PAYMENT_LINK = FunctionSpec.named("payment-link")
            .handler(PAYMENTS_MODULE, "uz.ultramarket.payments.links.PaymentLinkHandler")
            .description("The Payme or Click link that sends the owner of an unpaid order to pay it, and back to the shop")
            .route(Route.post("/api/orders/{number}/payment"))
            .may(Access.read(ORDERS), Access.write(IDEMPOTENCY), Access.readSecret(PAYME_MERCHANT_KEY),
                    Access.readSecret(CLICK_SECRET_KEY), Access.readSecret(SIGNING_KEYS), Access.linkToShop())
            .build();

    // --- The admin console: every route under /api/admin/, for the staff role named -------------------------

    /** Where staff upload product images (presigned PUTs); the shop serves them at /images/products/…. */
    public static final String PRODUCT_IMAGES = IMAGES.objectKey("products/");

    public static final FunctionSpec ADMIN_PRODUCTS = FunctionSpec.named("admin-products")
            .handler(CATALOG, "uz.ultramarket.catalog.admin.products.AdminProductsHandler")
            .description("Staff's products: list and filter, create and edit with variants (versioned), presigned image uploads")
            .route(Route.get("/api/admin/products"))
            .route(Route.post("/api/admin/products"))
            .route(Route.get("/api/admin/products/{id}"))
            .route(Route.put("/api/admin/products/{id}"))
            .route(Route.post("/api/admin/product-images"))
            .forStaff(Staff.MANAGER)
            .may(Access.writeDatabase(), Access.uploadTo(IMAGES, PRODUCT_IMAGES), Access.appendTo(AUDIT), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec ADMIN_CATEGORIES = FunctionSpec.named("admin-categories")
            .handler(CATALOG, "uz.ultramarket.catalog.admin.categories.AdminCategoriesHandler")
            .description("Staff's categories: the tree, create, rename in three languages, move and order")
            .route(Route.get("/api/admin/categories"))
            .route(Route.post("/api/admin/categories"))
            .route(Route.patch("/api/admin/categories/{id}"))
            .forStaff(Staff.MANAGER)
            .may(Access.writeDatabase(), Access.appendTo(AUDIT), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec ADMIN_STOCK = FunctionSpec.named("admin-stock")
            .handler(CATALOG, "uz.ultramarket.catalog.admin.stock.AdminStockHandler")
            .description("Staff's stock: a SKU's on hand, held and history; adjustments with a reason")
            .route(Route.get("/api/admin/stock/{sku}"))
            .route(Route.post("/api/admin/stock/{sku}/adjustments"))
            .forStaff(Staff.MANAGER)
            .may(Access.writeDatabase(), Access.appendTo(AUDIT), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec ADMIN_ORDERS = FunctionSpec.named("admin-orders")
            .handler(ORDERS_MODULE, "uz.ultramarket.orders.admin.AdminOrdersHandler")
            .description("Staff's orders: filter, search, export as CSV, one order with its history; its life-cycle steps")
            .route(Route.get("/api/admin/orders"))
            .route(Route.get("/api/admin/orders.csv"))
            .route(Route.get("/api/admin/orders/{number}"))
            .route(Route.post("/api/admin/orders/{number}/actions"))
            .forStaff(Staff.MANAGER)
            .may(Access.write(ORDERS), Access.writeDatabase(), Access.appendTo(AUDIT), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec ADMIN_DELIVERY = FunctionSpec.named("admin-delivery")
            .handler(ORDERS_MODULE, "uz.ultramarket.orders.admin.delivery.AdminDeliveryHandler")
            .description("Admin's delivery settings: the rate table, the free-delivery threshold and the pickup points")
            .route(Route.get("/api/admin/delivery"))
            .route(Route.put("/api/admin/delivery"))
            .forStaff(Staff.ADMIN)
            .may(Access.writeDatabase(), Access.appendTo(AUDIT), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec ADMIN_CUSTOMERS = FunctionSpec.named("admin-customers")
            .handler(ACCOUNTS_MODULE, "uz.ultramarket.accounts.customers.AdminCustomersHandler")
            .description("Admin's customers: search by phone or name, one with addresses, block and unblock, grant and revoke roles")
            .route(Route.get("/api/admin/customers"))
            .route(Route.get("/api/admin/customers/{id}"))
            .route(Route.put("/api/admin/customers/{id}/blocked"))
            .route(Route.put("/api/admin/customers/{id}/role"))
            .forStaff(Staff.ADMIN)
            .may(Access.write(ACCOUNTS), Access.appendTo(AUDIT), Access.readSecret(SIGNING_KEYS))
            .build();

    private static final String ADMIN_MODULE = "admin";

    public static final FunctionSpec ADMIN_AUDIT = FunctionSpec.named("admin-audit")
            .handler(ADMIN_MODULE, "uz.ultramarket.admin.audit.AuditLogHandler")
            .description("Admin's audit log: who did what when, before and after, newest first")
            .route(Route.get("/api/admin/audit"))
            .forStaff(Staff.ADMIN)
            .may(Access.read(AUDIT), Access.read(ACCOUNTS), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec ADMIN_ANALYTICS = FunctionSpec.named("admin-analytics")
            .handler(ADMIN_MODULE, "uz.ultramarket.admin.analytics.AnalyticsHandler")
            .description("The dashboard: revenue by day, orders by status, top products, conversion, regions and methods over a range")
            .route(Route.get("/api/admin/analytics"))
            .forStaff(Staff.MANAGER)
            .may(Access.read(ANALYTICS), Access.read(CARTS), Access.readSecret(SIGNING_KEYS))
            .build();

    public static final FunctionSpec TALLY_ORDERS = FunctionSpec.named("tally-orders")
            .handler(ADMIN_MODULE, "uz.ultramarket.admin.analytics.TallyOrdersHandler")
            .description("Keeps the dashboard's per-day figures up to date from the order events, each order counted once as it is now")
            .timeout(Duration.ofSeconds(30))
            .on(new EventSource.FromQueue(ORDER_TALLY, 10))
            .may(Access.read(ORDERS), Access.write(ANALYTICS))
            .build();

    private static final List<FunctionSpec> FUNCTIONS = List.of(HEALTH, API_DOCS, NOT_FOUND, MIGRATE_DATABASE,
            CATEGORIES, PRODUCTS, PRODUCT_DETAILS, SEARCH_SUGGEST, SMS_NOTIFIER, EMAIL_NOTIFIER,
            REQUEST_OTP, REGISTER, LOGIN, REFRESH_SESSION, LOGOUT, PROFILE, ADDRESSES, SEED_ADMIN, ROTATE_SIGNING_KEY,
            VIEW_CART, ADD_TO_CART, CHANGE_CART, MERGE_CART,
            DELIVERY_OPTIONS, CHECKOUT, ORDERS_OF_CUSTOMER, PUBLISH_ORDER_EVENTS, ORDER_NOTIFIER, SWEEP_ORDERS,
            PAYME_MERCHANT, CLICK_PREPARE, CLICK_COMPLETE, PAYMENT_LINK,
            ADMIN_PRODUCTS, ADMIN_CATEGORIES, ADMIN_STOCK, ADMIN_ORDERS, ADMIN_DELIVERY, ADMIN_CUSTOMERS,
            ADMIN_AUDIT, ADMIN_ANALYTICS, TALLY_ORDERS);
    private static final List<Table> TABLES = List.of(IDEMPOTENCY, ACCOUNTS, CARTS, ORDERS, PAYMENTS, AUDIT, ANALYTICS);
    private static final List<Bucket> BUCKETS = List.of(IMAGES);
    private static final List<Topic> TOPICS = List.of(ORDER_EVENTS, NOTIFICATIONS);
    private static final List<Queue> QUEUES = List.of(SMS_NOTIFICATIONS, EMAIL_NOTIFICATIONS, ORDER_NOTIFICATIONS, ORDER_TALLY);
    private static final List<Secret> SECRETS = List.of(PAYME_MERCHANT_KEY, CLICK_SECRET_KEY, ESKIZ, ADMIN_BOOTSTRAP_PHONE, SIGNING_KEYS);

    static {
        unique(FUNCTIONS.stream().map(FunctionSpec::name), "function");
        unique(FUNCTIONS.stream().flatMap(f -> f.routes().stream()).map(Route::key), "route");
        unique(BUCKETS.stream().map(Bucket::name), "bucket");
        unique(BUCKETS.stream().map(Bucket::webPath), "bucket path");
        unique(Stream.of(TABLES.stream().map(Table::name), TOPICS.stream().map(Topic::name),
                QUEUES.stream().flatMap(q -> Stream.of(q.name(), q.deadLetterName()))).flatMap(Function.identity()), "resource");
        unique(SECRETS.stream().map(Secret::name), "secret");
    }

    private Registry() {}

    public static List<FunctionSpec> functions() { return FUNCTIONS; }
    public static List<Table> tables() { return TABLES; }
    public static List<Bucket> buckets() { return BUCKETS; }
    public static List<Topic> topics() { return TOPICS; }
    public static List<Queue> queues() { return QUEUES; }
    /** Every operator secret, whether a function reads it yet or not: the stack creates them all, empty. */
    public static List<Secret> secrets() { return SECRETS; }

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
