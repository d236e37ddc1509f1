package uz.ultramarket.orders.events;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.accounts.addresses.AddressBookModule;
import uz.ultramarket.accounts.addresses.CustomerPhones;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.notification.NotificationPublisher;
import uz.ultramarket.core.notification.NotificationPublisherModule;

@Singleton
@Component(modules = {CoreModule.class, NotificationPublisherModule.class, AddressBookModule.class})
interface OrderNotifierComponent {
    NotificationPublisher notifications();
    CustomerPhones phones();
}
