package uz.ultramarket.orders.events;

import dagger.Component;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.accounts.addresses.CustomerPhones;
import uz.ultramarket.accounts.store.AccountsTable;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.notification.NotificationPublisher;
import uz.ultramarket.core.notification.NotificationPublisherModule;
import uz.ultramarket.registry.Registry;

@Singleton
@Component(modules = {CoreModule.class, NotificationPublisherModule.class, OrderNotifierComponent.Accounts.class})
interface OrderNotifierComponent {
    NotificationPublisher notifications();
    CustomerPhones phones();

    @Module(includes = AwsModule.class)
    final class Accounts {
        private Accounts() {}

        @Provides
        @Singleton
        static CustomerPhones phones(DynamoDbClient dynamoDb, Config config) {
            return new CustomerPhones(new AccountsTable(dynamoDb, config.require(Registry.ACCOUNTS.envName())));
        }
    }
}
