package uz.ultramarket.ops.health;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.inject.Singleton;
import javax.sql.DataSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.registry.Registry;

/** The four probes, pointed at the resources the registry grants the health function. */
@Module
final class HealthModule {
    private HealthModule() {}

    @Provides
    @Singleton
    static HealthService healthService(Config config, Clock clock, DynamoDbClient dynamoDb, DataSource dataSource,
                                       SnsClient sns, SqsClient sqs) {
        var probes = List.of(
                new DynamoDbProbe(dynamoDb, config.require(Registry.IDEMPOTENCY.envName()), Registry.IDEMPOTENCY.partitionKey()),
                new PostgresProbe(dataSource),
                new SnsProbe(sns, config.require(Registry.ORDER_EVENTS.envName())),
                new SqsProbe(sqs, config.require(Registry.SMS_NOTIFICATIONS.envName())));
        return new HealthService(probes, clock, config.getDuration("HEALTH_TIMEOUT", Duration.ofSeconds(2)),
                config.getDuration("HEALTH_MAX_AGE", Duration.ofSeconds(1)));
    }
}
