package uz.ultramarket.core.notification;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.sns.SnsClient;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;

/** Gives a producer's component a {@link NotificationPublisher} on the topic named by {@value NotificationPublisher#TOPIC_VARIABLE}. */
@Module(includes = AwsModule.class)
public final class NotificationPublisherModule {

    private NotificationPublisherModule() {}

    @Provides
    @Singleton
    static NotificationPublisher notificationPublisher(SnsClient sns, Config config) {
        return new NotificationPublisher(sns, config.require(NotificationPublisher.TOPIC_VARIABLE));
    }
}
