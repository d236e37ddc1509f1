package uz.ultramarket.admin.analytics;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.orders.OrderBookModule;

@Singleton
@Component(modules = {CoreModule.class, OrderBookModule.class, AnalyticsModule.class})
interface TallyOrdersComponent {
    OrderTallies tallies();
}
