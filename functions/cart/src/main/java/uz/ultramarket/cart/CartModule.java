package uz.ultramarket.cart;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import javax.sql.DataSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.cart.store.CartStore;
import uz.ultramarket.catalog.skus.PostgresSkuCatalog;
import uz.ultramarket.catalog.skus.SkuCatalog;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.db.DatabaseModule;
import uz.ultramarket.registry.Registry;

/** What every cart function shares: the carts table ({@code TABLE_CARTS}) and the catalog's SKUs over its database. */
@Module(includes = {AwsModule.class, DatabaseModule.class})
public final class CartModule {

    private CartModule() {}

    @Provides
    @Singleton
    static CartStore cartStore(DynamoDbClient dynamoDb, Config config) {
        return new CartStore(dynamoDb, config.require(Registry.CARTS.envName()));
    }

    @Provides
    @Singleton
    static SkuCatalog skuCatalog(DataSource dataSource) {
        return new PostgresSkuCatalog(dataSource);
    }
}
