package uz.ultramarket.core.audit;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;

/** The audit log for a staff function (its registry entry has {@code Access.appendTo(Registry.AUDIT)} or {@code read}). */
@Module(includes = AwsModule.class)
public final class AuditModule {

    private AuditModule() {}

    @Provides
    @Singleton
    static AuditTrail auditTrail(DynamoDbClient dynamoDb, Config config, Clock clock) {
        return new AuditTrail(dynamoDb, config.require(AuditTrail.TABLE_VARIABLE), clock);
    }
}
