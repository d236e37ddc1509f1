package uz.ultramarket.accounts.admin;

import dagger.Component;
import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import uz.ultramarket.accounts.AccountsModule;
import uz.ultramarket.accounts.account.UserStore;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.registry.Registry;

@Singleton
@Component(modules = {CoreModule.class, AccountsModule.class, SeedAdminComponent.SeedModule.class})
interface SeedAdminComponent {
    AdminSeed adminSeed();

    @Module
    final class SeedModule {
        private SeedModule() {}

        @Provides
        @Singleton
        static AdminSeed adminSeed(UserStore users, SecretsManagerClient secrets, Config config, Clock clock) {
            return new AdminSeed(users, secrets, config.require(Registry.ADMIN_BOOTSTRAP_PHONE.envName()), clock);
        }
    }
}
