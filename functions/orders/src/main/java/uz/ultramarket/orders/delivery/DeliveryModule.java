package uz.ultramarket.orders.delivery;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import javax.sql.DataSource;
import uz.ultramarket.core.db.DatabaseModule;

/** The stored delivery settings, over the database. */
@Module(includes = DatabaseModule.class)
public final class DeliveryModule {

    private DeliveryModule() {}

    @Provides
    @Singleton
    static DeliveryRates deliveryRates(DataSource dataSource, Clock clock) {
        return new DeliveryRates(dataSource, clock);
    }
}
