package uz.ultramarket.accounts;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import uz.ultramarket.accounts.account.PasswordHasher;
import uz.ultramarket.accounts.account.UserStore;
import uz.ultramarket.accounts.addresses.AddressBookModule;
import uz.ultramarket.accounts.otp.OtpChallenges;
import uz.ultramarket.accounts.session.RefreshTokens;
import uz.ultramarket.accounts.store.AccountsTable;
import uz.ultramarket.accounts.store.Throttle;

/** The stores of the accounts table (its address book from {@link AddressBookModule}) and the password hasher: what every accounts function shares. */
@Module(includes = AddressBookModule.class)
public final class AccountsModule {

    private AccountsModule() {}

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
    static PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }
}
