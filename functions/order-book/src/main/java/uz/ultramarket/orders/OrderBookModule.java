package uz.ultramarket.orders;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.catalog.skus.SkuCatalogModule;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.orders.store.OrderStore;
import uz.ultramarket.registry.Registry;

/**
 * The order book as the orders context offers it to others (payments, admin) and uses it itself: the orders table
 * ({@code TABLE_ORDERS}) and, for the stock effects of {@link OrderTransitions}, the catalog's SKUs and stock.
 */
@Module(includes = {AwsModule.class, SkuCatalogModule.class})
public final class OrderBookModule {

    private OrderBookModule() {}

    @Provides
    @Singleton
    static OrderStore orderStore(DynamoDbClient dynamoDb, Config config) {
        return new OrderStore(dynamoDb, config.require(Registry.ORDERS.envName()));
    }
}
