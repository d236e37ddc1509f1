package uz.ultramarket.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegistryTest {

    @Test
    void exactlyOneFunctionTakesTheDefaultRoute() {
        assertEquals(1, Registry.functions().stream().filter(f -> f.routes().contains(Route.DEFAULT)).count());
    }

    @Test
    void healthMayTouchEveryKindOfResourceItChecks() {
        var access = Registry.HEALTH.access();
        assertTrue(access.contains(Access.read(Registry.IDEMPOTENCY)));
        assertTrue(access.contains(Access.publish(Registry.ORDER_EVENTS)));
        assertTrue(access.contains(Access.inspect(Registry.SMS_NOTIFICATIONS)));
        assertTrue(Registry.HEALTH.usesDatabase());
    }

    @Test
    void theCatalogRoutesAreFunctionsOfTheCatalogModuleThatOnlyReadTheDatabase() {
        var catalog = java.util.List.of(Registry.CATEGORIES, Registry.PRODUCTS, Registry.PRODUCT_DETAILS, Registry.SEARCH_SUGGEST);
        for (var function : catalog) {
            assertEquals("catalog", function.module(), function.name());
            assertTrue(function.handler().startsWith("uz.ultramarket.catalog.browse."), function.handler());
            assertEquals(java.util.List.of(Access.readDatabase()), function.access(), function.name());
        }
        var routes = Registry.routes();
        assertEquals(Registry.CATEGORIES, routes.get("GET /api/categories"));
        assertEquals(Registry.PRODUCTS, routes.get("GET /api/products"));
        assertEquals(Registry.PRODUCT_DETAILS, routes.get("GET /api/products/{slug}"));
        assertEquals(Registry.SEARCH_SUGGEST, routes.get("GET /api/search/suggest"));
    }

    @Test
    void everyQueueHasADeadLetterQueueAndEnvironmentNames() {
        for (var queue : Registry.queues()) {
            assertEquals(queue.name() + "-dlq", queue.deadLetterName());
            assertTrue(queue.envName().startsWith("QUEUE_") && queue.envName().endsWith("_URL"));
        }
        assertEquals("TABLE_IDEMPOTENCY", Registry.IDEMPOTENCY.envName());
        assertEquals("TOPIC_ORDER_EVENTS_ARN", Registry.ORDER_EVENTS.envName());
        assertEquals("QUEUE_SMS_NOTIFICATIONS_DLQ_URL", Registry.SMS_NOTIFICATIONS.deadLetterEnvName());
    }

    @Test
    void notificationsAreRoutedByChannelToOneNotifierEach() {
        assertEquals("TOPIC_NOTIFICATIONS_ARN", Registry.NOTIFICATIONS.envName());
        for (var pair : java.util.Map.of(Registry.SMS_NOTIFIER, "sms", Registry.EMAIL_NOTIFIER, "email").entrySet()) {
            var notifier = pair.getKey();
            var source = (EventSource.FromQueue) notifier.events().getFirst();
            var subscription = source.queue().subscription().orElseThrow();
            assertEquals(Registry.NOTIFICATIONS, subscription.topic());
            assertEquals(java.util.Map.of("channel", java.util.List.of(pair.getValue())), subscription.filterPolicy());
            assertTrue(source.queue().maxReceiveCount() <= 10, "a poison message reaches the dead-letter queue after a few tries");
            assertTrue(source.queue().visibilityTimeout().compareTo(notifier.timeout()) >= 0, notifier.name());
            assertEquals("notifications", notifier.module());
            assertTrue(notifier.access().contains(Access.write(Registry.IDEMPOTENCY)), "idempotent: " + notifier.name());
            assertFalse(notifier.usesDatabase(), "outside the VPC, so it reaches Eskiz and SES without NAT");
        }
        assertTrue(Registry.SMS_NOTIFIER.access().contains(Access.readSecret(Registry.ESKIZ)));
        assertTrue(Registry.EMAIL_NOTIFIER.access().contains(Access.sendEmail()));
        assertEquals(java.util.List.of(Registry.ESKIZ, Registry.SIGNING_KEYS, Registry.ADMIN_BOOTSTRAP_PHONE, Registry.PAYME_MERCHANT_KEY,
                Registry.CLICK_SECRET_KEY), World.fromRegistry().secrets());
        assertTrue(World.fromRegistry().sendsEmail());
    }

    @Test
    void theAccountsFunctionsKeepTheSigningKeysAndOnlyVerifiersReadThem() {
        var accounts = java.util.List.of(Registry.REQUEST_OTP, Registry.REGISTER, Registry.LOGIN, Registry.REFRESH_SESSION,
                Registry.LOGOUT, Registry.PROFILE, Registry.ADDRESSES, Registry.SEED_ADMIN, Registry.ROTATE_SIGNING_KEY);
        for (var function : accounts) {
            assertEquals("accounts", function.module(), function.name());
            assertTrue(function.handler().startsWith("uz.ultramarket.accounts."), function.handler());
            assertFalse(function.usesDatabase(), function.name());
        }
        for (var signer : java.util.List.of(Registry.REQUEST_OTP, Registry.REGISTER, Registry.LOGIN, Registry.REFRESH_SESSION, Registry.ROTATE_SIGNING_KEY)) {
            assertTrue(signer.access().contains(Access.keepSecret(Registry.SIGNING_KEYS)), signer.name());
        }
        for (var verifier : java.util.List.of(Registry.PROFILE, Registry.ADDRESSES)) {
            assertTrue(verifier.access().contains(Access.readSecret(Registry.SIGNING_KEYS)), verifier.name());
        }
        assertTrue(Registry.REQUEST_OTP.access().contains(Access.publish(Registry.NOTIFICATIONS)));
        assertEquals(Registry.ADDRESSES, Registry.routes().get("DELETE /api/me/addresses/{id}"));
        assertEquals("SECRET_SIGNING_KEYS_ARN", Registry.SIGNING_KEYS.envName());
        assertEquals("TABLE_ACCOUNTS", Registry.ACCOUNTS.envName());
    }

    @Test
    void operatorSecretsHaveArnVariables() {
        assertEquals("SECRET_ESKIZ_ARN", Registry.ESKIZ.envName());
        assertEquals("SECRET_PAYME_MERCHANT_KEY_ARN", Registry.PAYME_MERCHANT_KEY.envName());
        assertTrue(Registry.secrets().contains(Registry.ESKIZ));
        assertThrows(IllegalArgumentException.class, () -> new Secret("Not A Name", ""));
    }

    @Test
    void routeKeysAreApiGatewayRouteKeys() {
        assertEquals("GET /api/health", Route.get("/api/health").key());
        assertEquals("$default", Route.DEFAULT.key());
        assertThrows(IllegalArgumentException.class, () -> Route.get("/health"));
        assertThrows(IllegalArgumentException.class, () -> new Route("FETCH", "/api/x"));
    }

    @Test
    void aFunctionIsEitherHttpOrEventDriven() {
        assertThrows(IllegalArgumentException.class, () -> FunctionSpec.named("both").handler("ops", "X")
                .route(Route.get("/api/x")).on(new EventSource.OnDeploy()).build());
        assertThrows(IllegalArgumentException.class, () -> FunctionSpec.named("idle").handler("ops", "X").build());
        assertThrows(IllegalArgumentException.class, () -> FunctionSpec.named("Bad_Name").handler("ops", "X")
                .route(Route.get("/api/x")).build());
        assertFalse(Registry.MIGRATE_DATABASE.isHttp());
    }

    @Test
    void schedulesAndStreamsAreCheckedWhenDeclared() {
        assertThrows(IllegalArgumentException.class, () -> new EventSource.Every(Duration.ofSeconds(30)));
        var plain = Table.named("plain").key("pk").build();
        assertThrows(IllegalArgumentException.class, () -> new EventSource.FromStream(plain, 10));
    }
}
