package uz.ultramarket.orders.sweep;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.orders.OrdersModule;

@Singleton
@Component(modules = {CoreModule.class, OrdersModule.class})
interface SweepOrdersComponent {
    OrderSweep sweep();
}
