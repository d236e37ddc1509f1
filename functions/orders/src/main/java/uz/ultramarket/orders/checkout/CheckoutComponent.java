package uz.ultramarket.orders.checkout;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.AuthModule;
import uz.ultramarket.orders.OrderBookModule;
import uz.ultramarket.orders.delivery.DeliveryModule;

@Singleton
@Component(modules = {CoreModule.class, AuthModule.class, OrderBookModule.class, DeliveryModule.class, CheckoutModule.class})
interface CheckoutComponent {
    AccessTokenVerifier verifier();
    CheckoutService checkoutService();
}
