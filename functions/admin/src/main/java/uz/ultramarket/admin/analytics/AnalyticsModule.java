package uz.ultramarket.admin.analytics;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.registry.Registry;

/** The dashboard's figures ({@code TABLE_ANALYTICS}). */
@Module(includes = AwsModule.class)
public final class AnalyticsModule {

    private AnalyticsModule() {}

    @Provides
    @Singleton
    static AnalyticsStore analyticsStore(DynamoDbClient dynamoDb, Config config) {
        return new AnalyticsStore(dynamoDb, config.require(Registry.ANALYTICS.envName()));
    }
}
