package uz.ultramarket.admin;

import java.time.Instant;
import java.util.List;
import uz.ultramarket.accounts.addresses.CustomerPhones;
import uz.ultramarket.accounts.store.AccountsTable;
import uz.ultramarket.admin.analytics.Analytics;
import uz.ultramarket.admin.analytics.AnalyticsHandler;
import uz.ultramarket.admin.analytics.AnalyticsStore;
import uz.ultramarket.admin.analytics.OrderTallies;
import uz.ultramarket.admin.analytics.TallyOrdersHandler;
import uz.ultramarket.admin.audit.AuditLogHandler;
import uz.ultramarket.cart.store.CartStarts;
import uz.ultramarket.cart.store.CartStore;
import uz.ultramarket.core.audit.AuditTrail;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.SigningKeySet;
import uz.ultramarket.core.auth.SigningKeys;
import uz.ultramarket.core.aws.AwsClients;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.testing.FixedClock;
import uz.ultramarket.core.testing.TestTokens;
import uz.ultramarket.orders.store.OrderStore;
import uz.ultramarket.orders.testing.DynamoDbLocalServer;
import uz.ultramarket.orders.testing.RegistryTables;
import uz.ultramarket.registry.Registry;

/**
 * The admin module's functions over DynamoDB Local with the registry's orders, analytics, carts, audit and accounts
 * tables: one per test class.
 */
final class AdminWorld implements AutoCloseable {

    final FixedClock clock = FixedClock.at(Instant.parse("2030-01-12T09:00:00Z"));
    final DynamoDbLocalServer dynamoDb;
    final AwsClients aws;
    final OrderStore orders;
    final CartStore carts;
    final AnalyticsStore analytics;
    final OrderTallies tallies;
    final TallyOrdersHandler tally;
    final AnalyticsHandler dashboard;
    final AuditTrail audit;
    final AuditLogHandler auditLog;
    final AccountsTable accounts;
    private final SigningKeySet keys = SigningKeySet.generate(clock.instant());

    AdminWorld() throws Exception {
        dynamoDb = DynamoDbLocalServer.start();
        var environment = dynamoDb.environment();
        aws = new AwsClients(new Config(environment::get));
        for (var table : List.of(Registry.ORDERS, Registry.ANALYTICS, Registry.CARTS, Registry.AUDIT, Registry.ACCOUNTS)) {
            RegistryTables.create(aws.dynamoDb(), table);
        }
        orders = new OrderStore(aws.dynamoDb(), Registry.ORDERS.name());
        carts = new CartStore(aws.dynamoDb(), Registry.CARTS.name());
        analytics = new AnalyticsStore(aws.dynamoDb(), Registry.ANALYTICS.name());
        tallies = new OrderTallies(orders, analytics);
        tally = new TallyOrdersHandler(tallies);
        var verifier = new AccessTokenVerifier(SigningKeys.fixed(keys), clock);
        dashboard = new AnalyticsHandler(verifier, new Analytics(analytics, new CartStarts(aws.dynamoDb(), Registry.CARTS.name()), clock));
        audit = new AuditTrail(aws.dynamoDb(), Registry.AUDIT.name(), clock);
        accounts = new AccountsTable(aws.dynamoDb(), Registry.ACCOUNTS.name());
        auditLog = new AuditLogHandler(verifier, audit, new CustomerPhones(accounts));
    }

    String token(String userId, String role) {
        return TestTokens.signed(keys, clock, userId, role);
    }

    @Override
    public void close() throws Exception {
        aws.close();
        dynamoDb.close();
    }
}
