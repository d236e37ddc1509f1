package uz.ultramarket.admin.audit;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.accounts.addresses.AddressBookModule;
import uz.ultramarket.accounts.addresses.CustomerPhones;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.audit.AuditModule;
import uz.ultramarket.core.audit.AuditTrail;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.AuthModule;

@Singleton
@Component(modules = {CoreModule.class, AuthModule.class, AuditModule.class, AddressBookModule.class})
interface AuditLogComponent {
    AccessTokenVerifier verifier();
    AuditTrail audit();
    CustomerPhones phones();
}
