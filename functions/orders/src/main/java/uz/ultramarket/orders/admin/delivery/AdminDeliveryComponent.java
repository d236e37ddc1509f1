package uz.ultramarket.orders.admin.delivery;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.audit.AuditModule;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.AuthModule;
import uz.ultramarket.core.db.DatabaseModule;

@Singleton
@Component(modules = {CoreModule.class, AuthModule.class, AuditModule.class, DatabaseModule.class})
interface AdminDeliveryComponent {
    AccessTokenVerifier verifier();
    AdminDelivery adminDelivery();
}
