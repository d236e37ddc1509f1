package uz.ultramarket.accounts.keys;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.accounts.SigningModule;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.auth.SigningKeyStore;

@Singleton
@Component(modules = {CoreModule.class, SigningModule.class})
interface RotateSigningKeyComponent {
    SigningKeyStore signingKeyStore();
}
