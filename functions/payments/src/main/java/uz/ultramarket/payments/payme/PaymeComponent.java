package uz.ultramarket.payments.payme;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.payments.PaymentsModule;
import uz.ultramarket.payments.store.CallbackLog;

@Singleton
@Component(modules = {CoreModule.class, PaymentsModule.class, PaymeModule.class})
interface PaymeComponent {
    PaymeKassa kassa();
    PaymeMerchant merchant();
    CallbackLog callbacks();
}
