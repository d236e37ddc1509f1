package uz.ultramarket.payments.click;

import uz.ultramarket.payments.store.CallbackLog;

/** {@code POST /api/payments/click/complete}: Click's Complete ({@code action=1}), specs/click-shop-api.md §3. */
public final class ClickCompleteEndpoint extends ClickEndpoint {

    public ClickCompleteEndpoint() { this(DaggerClickComponent.create()); }

    private ClickCompleteEndpoint(ClickComponent component) { this(component.shop(), component.callbacks()); }

    public ClickCompleteEndpoint(ClickShop shop, CallbackLog callbacks) { super(true, shop, callbacks); }
}
