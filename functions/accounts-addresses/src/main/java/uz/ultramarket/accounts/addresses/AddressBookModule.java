package uz.ultramarket.accounts.addresses;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.accounts.store.AccountsTable;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.registry.Registry;

/** The accounts table ({@code TABLE_ACCOUNTS}) with its address book, customers' phones and standing (blocked or not), for any function's component. */
@Module(includes = AwsModule.class)
public final class AddressBookModule {

    private AddressBookModule() {}

    @Provides
    @Singleton
    static AccountsTable accountsTable(DynamoDbClient dynamoDb, Config config) {
        return new AccountsTable(dynamoDb, config.require(Registry.ACCOUNTS.envName()));
    }

    @Provides
    @Singleton
    static AddressBook addressBook(AccountsTable table) {
        return new AddressBook(table);
    }

    @Provides
    @Singleton
    static CustomerPhones customerPhones(AccountsTable table) {
        return new CustomerPhones(table);
    }

    @Provides
    @Singleton
    static CustomerStanding customerStanding(AccountsTable table) {
        return new CustomerStanding(table);
    }
}
