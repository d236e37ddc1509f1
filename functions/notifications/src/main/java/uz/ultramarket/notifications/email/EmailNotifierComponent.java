package uz.ultramarket.notifications.email;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.notifications.delivery.DeliveryModule;
import uz.ultramarket.notifications.delivery.NotificationDelivery;

@Singleton
@Component(modules = {CoreModule.class, AwsModule.class, DeliveryModule.class, EmailModule.class})
interface EmailNotifierComponent {
    NotificationDelivery delivery();
}
