package uz.ultramarket.cart.view;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.cart.CartModule;
import uz.ultramarket.cart.CartService;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.AuthModule;

@Singleton
@Component(modules = {CoreModule.class, AuthModule.class, CartModule.class})
interface ViewCartComponent {
    AccessTokenVerifier verifier();
    CartService cartService();
}
