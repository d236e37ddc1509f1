package uz.ultramarket.cart.merge;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.cart.store.CartContentsModule;
import uz.ultramarket.catalog.skus.SkuCatalogModule;
import uz.ultramarket.cart.CartService;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.AuthModule;

@Singleton
@Component(modules = {CoreModule.class, AuthModule.class, CartContentsModule.class, SkuCatalogModule.class})
interface MergeCartComponent {
    AccessTokenVerifier verifier();
    CartService cartService();
}
