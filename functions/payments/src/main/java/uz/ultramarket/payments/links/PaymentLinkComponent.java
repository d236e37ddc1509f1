package uz.ultramarket.payments.links;

import dagger.Component;
import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import java.util.function.Supplier;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.AuthModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.orders.store.OrderStore;
import uz.ultramarket.payments.PaymentsModule;
import uz.ultramarket.payments.click.ClickModule;
import uz.ultramarket.payments.click.ClickService;
import uz.ultramarket.payments.payme.PaymeKassa;
import uz.ultramarket.payments.payme.PaymeModule;
import uz.ultramarket.registry.Access;
import uz.ultramarket.registry.Registry;

@Singleton
@Component(modules = {CoreModule.class, AuthModule.class, PaymentsModule.class, PaymeModule.class, ClickModule.class,
        PaymentLinkComponent.Links.class})
interface PaymentLinkComponent {
    AccessTokenVerifier verifier();
    PaymentLinks links();

    /** The links' settings: the shop's address ({@code SHOP_URL}) and the idempotency table. */
    @Module
    final class Links {
        private Links() {}

        @Provides
        @Singleton
        static PaymentLinks links(OrderStore orders, PaymeKassa kassa, Supplier<ClickService> click, DynamoDbClient db,
                                  Config config, Clock clock) {
            return new PaymentLinks(orders, kassa::settings, click, config.require(Access.LinkToShop.URL_VARIABLE), db,
                    config.require(Registry.IDEMPOTENCY.envName()), clock);
        }
    }
}
