package uz.ultramarket.orders.sweep;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.orders.OrderBookModule;

@Singleton
@Component(modules = {CoreModule.class, OrderBookModule.class})
interface SweepOrdersComponent {
    OrderSweep sweep();
}
