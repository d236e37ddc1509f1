package uz.ultramarket.accounts.login;

import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;
import uz.ultramarket.accounts.SigningModule;
import uz.ultramarket.core.CoreModule;

@Singleton
@Component(modules = {CoreModule.class, SigningModule.class})
interface LoginComponent {
    LoginService loginService();
    Clock clock();
}
