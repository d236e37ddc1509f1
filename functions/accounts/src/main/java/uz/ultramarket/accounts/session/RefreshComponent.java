package uz.ultramarket.accounts.session;

import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;
import uz.ultramarket.accounts.AccountsModule;
import uz.ultramarket.accounts.SigningModule;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.aws.AwsModule;

@Singleton
@Component(modules = {CoreModule.class, AwsModule.class, AccountsModule.class, SigningModule.class})
interface RefreshComponent {
    SessionService sessionService();
    Clock clock();
}
