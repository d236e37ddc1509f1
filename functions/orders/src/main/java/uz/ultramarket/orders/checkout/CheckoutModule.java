package uz.ultramarket.orders.checkout;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.accounts.addresses.AddressBookModule;
import uz.ultramarket.cart.store.CartContentsModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.orders.store.OrderNumbers;
import uz.ultramarket.registry.Registry;

/** What checkout reads and writes besides the order book: order numbers, idempotency records, the customer's cart and address book. */
@Module(includes = {CartContentsModule.class, AddressBookModule.class})
final class CheckoutModule {

    private CheckoutModule() {}

    @Provides
    @Singleton
    static CheckoutClaims claims(DynamoDbClient dynamoDb, Config config) {
        return new CheckoutClaims(dynamoDb, config.require(Registry.IDEMPOTENCY.envName()));
    }

    @Provides
    @Singleton
    static OrderNumbers orderNumbers(DynamoDbClient dynamoDb, Config config) {
        return new OrderNumbers(dynamoDb, config.require(Registry.ORDERS.envName()));
    }
}
