package uz.ultramarket.notifications.delivery;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import java.time.Duration;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.notifications.templates.MessageTexts;
import uz.ultramarket.registry.Registry;

/** What both notifiers share: the ledger in the idempotency table and the texts. */
@Module(includes = AwsModule.class)
public final class DeliveryModule {

    /** As long as a notifier may run (its timeout in the registry): a dead holder's lease is over when its message returns. */
    static final Duration LEASE = Registry.SMS_NOTIFIER.timeout().compareTo(Registry.EMAIL_NOTIFIER.timeout()) >= 0
            ? Registry.SMS_NOTIFIER.timeout() : Registry.EMAIL_NOTIFIER.timeout();

    private DeliveryModule() {}

    @Provides
    @Singleton
    static NotificationLedger ledger(DynamoDbClient dynamoDb, Config config, Clock clock) {
        var table = Registry.IDEMPOTENCY;
        return new NotificationLedger(dynamoDb, config.require(table.envName()), table.partitionKey(),
                table.ttlAttribute().orElseThrow(), clock, LEASE);
    }

    @Provides
    @Singleton
    static MessageTexts texts() {
        return new MessageTexts();
    }
}
