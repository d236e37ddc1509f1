package uz.ultramarket.orders.admin;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.audit.AuditModule;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.AuthModule;
import uz.ultramarket.orders.OrderBookModule;

@Singleton
@Component(modules = {CoreModule.class, AuthModule.class, AuditModule.class, OrderBookModule.class})
interface AdminOrdersComponent {
    AccessTokenVerifier verifier();
    AdminOrders adminOrders();
}
