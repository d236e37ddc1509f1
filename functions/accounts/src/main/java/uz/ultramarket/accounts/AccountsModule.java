package uz.ultramarket.accounts;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uz.ultramarket.accounts.account.PasswordHasher;
import uz.ultramarket.accounts.account.UserStore;
import uz.ultramarket.accounts.addresses.AddressBook;
import uz.ultramarket.accounts.otp.OtpChallenges;
import uz.ultramarket.accounts.session.RefreshTokens;
import uz.ultramarket.accounts.store.AccountsTable;
import uz.ultramarket.accounts.store.Throttle;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.registry.Registry;

/** The stores of the accounts table ({@code TABLE_ACCOUNTS}) and the password hasher: what every accounts function shares. */
@Module(includes = AwsModule.class)
public final class AccountsModule {

    private AccountsModule() {}

    @Provides
    @Singleton
    static AccountsTable accountsTable(DynamoDbClient dynamoDb, Config config) {
        return new AccountsTable(dynamoDb, config.require(Registry.ACCOUNTS.envName()));
    }

    @Provides
    @Singleton
    static UserStore userStore(AccountsTable table) {
        return new UserStore(table);
    }

    @Provides
    @Singleton
    static RefreshTokens refreshTokens(AccountsTable table) {
        return new RefreshTokens(table);
    }

    @Provides
    @Singleton
    static OtpChallenges otpChallenges(AccountsTable table) {
        return new OtpChallenges(table);
    }

    @Provides
    @Singleton
    static Throttle throttle(AccountsTable table, Clock clock) {
        return new Throttle(table, clock);
    }

    @Provides
    @Singleton
    static AddressBook addressBook(AccountsTable table) {
        return new AddressBook(table);
    }

    @Provides
    @Singleton
    static PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }
}
