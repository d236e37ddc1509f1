package uz.ultramarket.accounts.session;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.accounts.AccountsModule;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.aws.AwsModule;

@Singleton
@Component(modules = {CoreModule.class, AwsModule.class, AccountsModule.class})
interface LogoutComponent {
    RefreshTokens refreshTokens();
}
