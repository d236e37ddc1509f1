package uz.ultramarket.notifications.email;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.notification.Channel;
import uz.ultramarket.notifications.delivery.NotificationDelivery;
import uz.ultramarket.notifications.delivery.NotificationLedger;
import uz.ultramarket.notifications.templates.MessageTexts;
import uz.ultramarket.registry.Access;

/** SES, sending from the address in {@value Access.SendEmail#FROM_VARIABLE} (set where the registry grants {@code Access.sendEmail()}). */
@Module
final class EmailModule {
    private EmailModule() {}

    @Provides
    @Singleton
    static NotificationDelivery delivery(NotificationLedger ledger, SesV2Client ses, Config config, MessageTexts texts, Clock clock) {
        return new NotificationDelivery(Channel.EMAIL, ledger, new SesEmailSender(ses, config.require(Access.SendEmail.FROM_VARIABLE)), texts, clock);
    }
}
