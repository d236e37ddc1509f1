package uz.ultramarket.orders.checkout;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.accounts.addresses.AddressBook;
import uz.ultramarket.accounts.addresses.AddressService;
import uz.ultramarket.accounts.store.AccountsTable;
import uz.ultramarket.cart.store.CartStore;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.registry.Registry;

/** What checkout reads and writes besides orders: idempotency records, the customer's cart and address book. */
@Module
final class CheckoutModule {

    private CheckoutModule() {}

    @Provides
    @Singleton
    static CheckoutClaims claims(DynamoDbClient dynamoDb, Config config) {
        return new CheckoutClaims(dynamoDb, config.require(Registry.IDEMPOTENCY.envName()));
    }

    @Provides
    @Singleton
    static CartStore carts(DynamoDbClient dynamoDb, Config config) {
        return new CartStore(dynamoDb, config.require(Registry.CARTS.envName()));
    }

    @Provides
    @Singleton
    static AccountsTable accounts(DynamoDbClient dynamoDb, Config config) {
        return new AccountsTable(dynamoDb, config.require(Registry.ACCOUNTS.envName()));
    }

    @Provides
    @Singleton
    static AddressService addresses(AccountsTable accounts, Clock clock) {
        return new AddressService(new AddressBook(accounts), clock);
    }
}
