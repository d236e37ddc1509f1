package uz.ultramarket.notifications.sms;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.notification.Channel;
import uz.ultramarket.notifications.delivery.NotificationDelivery;
import uz.ultramarket.notifications.delivery.NotificationLedger;
import uz.ultramarket.notifications.templates.MessageTexts;
import uz.ultramarket.registry.Registry;

/** Eskiz, signed in with the operator secret the registry grants the sms-notifier. */
@Module
final class SmsModule {
    private SmsModule() {}

    @Provides
    @Singleton
    static EskizClient eskiz(SecretsManagerClient secrets, Config config, Clock clock) {
        String secretArn = config.require(Registry.ESKIZ.envName());
        // read when the first SMS goes out, not at start: no network call before a SnapStart snapshot
        return EskizClient.create(() -> EskizAccount.fromSecret(secrets.getSecretValue(r -> r.secretId(secretArn)).secretString()), clock);
    }

    @Provides
    @Singleton
    static NotificationDelivery delivery(NotificationLedger ledger, EskizClient eskiz, MessageTexts texts, Clock clock) {
        return new NotificationDelivery(Channel.SMS, ledger, new EskizSender(eskiz), texts, clock);
    }
}
