package uz.ultramarket.orders.delivery;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;

@Singleton
@Component(modules = {CoreModule.class, DeliveryModule.class})
interface DeliveryOptionsComponent {
    DeliveryOptions deliveryOptions();
}
