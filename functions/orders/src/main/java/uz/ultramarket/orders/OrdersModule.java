package uz.ultramarket.orders;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.catalog.skus.SkuCatalogModule;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.orders.store.OrderNumbers;
import uz.ultramarket.orders.store.OrderStore;
import uz.ultramarket.registry.Registry;

/** What every orders function shares: the orders table ({@code TABLE_ORDERS}) and the catalog's SKUs and stock. */
@Module(includes = {AwsModule.class, SkuCatalogModule.class})
public final class OrdersModule {

    private OrdersModule() {}

    @Provides
    @Singleton
    static OrderStore orderStore(DynamoDbClient dynamoDb, Config config) {
        return new OrderStore(dynamoDb, config.require(Registry.ORDERS.envName()));
    }

    @Provides
    @Singleton
    static OrderNumbers orderNumbers(DynamoDbClient dynamoDb, Config config) {
        return new OrderNumbers(dynamoDb, config.require(Registry.ORDERS.envName()));
    }
}
