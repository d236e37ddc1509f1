package uz.ultramarket.orders.events;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.notification.NotificationPublisher;
import uz.ultramarket.core.notification.NotificationPublisherModule;

@Singleton
@Component(modules = {CoreModule.class, NotificationPublisherModule.class})
interface OrderNotifierComponent {
    NotificationPublisher notifications();
}
