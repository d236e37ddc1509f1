package uz.ultramarket.payments;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.orders.OrderBookModule;
import uz.ultramarket.payments.store.CallbackLog;
import uz.ultramarket.payments.store.PaymentStore;
import uz.ultramarket.registry.Registry;

/** What every payments function shares: the payments table ({@code TABLE_PAYMENTS}), the callback record and the order book. */
@Module(includes = OrderBookModule.class)
public final class PaymentsModule {

    private PaymentsModule() {}

    @Provides
    @Singleton
    static PaymentStore paymentStore(DynamoDbClient dynamoDb, Config config, Clock clock) {
        return new PaymentStore(dynamoDb, config.require(Registry.PAYMENTS.envName()), clock);
    }

    @Provides
    @Singleton
    static CallbackLog callbackLog(PaymentStore store) {
        return store.callbacks();
    }
}
