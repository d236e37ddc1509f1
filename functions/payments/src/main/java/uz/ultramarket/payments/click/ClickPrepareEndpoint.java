package uz.ultramarket.payments.click;

import uz.ultramarket.payments.store.CallbackLog;

/** {@code POST /api/payments/click/prepare}: Click's Prepare ({@code action=0}), specs/click-shop-api.md §2. */
public final class ClickPrepareEndpoint extends ClickEndpoint {

    public ClickPrepareEndpoint() { this(DaggerClickComponent.create()); }

    private ClickPrepareEndpoint(ClickComponent component) { this(component.shop(), component.callbacks()); }

    public ClickPrepareEndpoint(ClickShop shop, CallbackLog callbacks) { super(false, shop, callbacks); }
}
