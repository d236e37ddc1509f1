package uz.ultramarket.accounts.customers;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.accounts.AccountsModule;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.audit.AuditModule;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.AuthModule;

@Singleton
@Component(modules = {CoreModule.class, AuthModule.class, AccountsModule.class, AuditModule.class})
interface AdminCustomersComponent {
    AccessTokenVerifier verifier();
    AdminCustomersService customers();
}
