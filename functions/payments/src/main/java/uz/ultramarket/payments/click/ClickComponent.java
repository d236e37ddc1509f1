package uz.ultramarket.payments.click;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.payments.PaymentsModule;
import uz.ultramarket.payments.store.CallbackLog;

@Singleton
@Component(modules = {CoreModule.class, PaymentsModule.class, ClickModule.class})
interface ClickComponent {
    ClickShop shop();
    CallbackLog callbacks();
}
