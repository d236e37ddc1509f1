package uz.ultramarket.cart.store;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.registry.Registry;

/** The carts table ({@code TABLE_CARTS}), for the cart functions and checkout. */
@Module(includes = AwsModule.class)
public final class CartContentsModule {

    private CartContentsModule() {}

    @Provides
    @Singleton
    static CartStore cartStore(DynamoDbClient dynamoDb, Config config) {
        return new CartStore(dynamoDb, config.require(Registry.CARTS.envName()));
    }

    @Provides
    @Singleton
    static CartStarts cartStarts(DynamoDbClient dynamoDb, Config config) {
        return new CartStarts(dynamoDb, config.require(Registry.CARTS.envName()));
    }
}
