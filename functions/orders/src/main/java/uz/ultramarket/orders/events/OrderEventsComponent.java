package uz.ultramarket.orders.events;

import dagger.Component;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.sns.SnsClient;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.orders.OrderTransitions;
import uz.ultramarket.orders.OrderBookModule;
import uz.ultramarket.registry.Registry;

@Singleton
@Component(modules = {CoreModule.class, OrderBookModule.class, OrderEventsComponent.Publishing.class})
interface OrderEventsComponent {
    OrderEventPublisher publisher();
    OrderTransitions transitions();

    @Module
    final class Publishing {
        private Publishing() {}

        @Provides
        @Singleton
        static OrderEventPublisher publisher(SnsClient sns, Config config) {
            return new OrderEventPublisher(sns, config.require(Registry.ORDER_EVENTS.envName()));
        }
    }
}
