package uz.ultramarket.admin.analytics;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.cart.store.CartContentsModule;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.AuthModule;

@Singleton
@Component(modules = {CoreModule.class, AuthModule.class, AnalyticsModule.class, CartContentsModule.class})
interface AnalyticsComponent {
    AccessTokenVerifier verifier();
    Analytics analytics();
}
