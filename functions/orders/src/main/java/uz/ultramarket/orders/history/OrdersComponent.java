package uz.ultramarket.orders.history;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.AuthModule;
import uz.ultramarket.orders.OrderBookModule;

@Singleton
@Component(modules = {CoreModule.class, AuthModule.class, OrderBookModule.class})
interface OrdersComponent {
    AccessTokenVerifier verifier();
    OrderHistory orderHistory();
}
