package uz.ultramarket.catalog.admin.stock;

import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import uz.ultramarket.core.audit.AuditTrail;
import uz.ultramarket.core.auth.Caller;

/** Staff's stock: a SKU's view, and adjustments with a reason, each audited. */
public final class AdminStockService {

    private final StockStore store;
    private final AuditTrail auditTrail;

    @Inject
    public AdminStockService(StockStore store, AuditTrail auditTrail) {
        this.store = store;
        this.auditTrail = auditTrail;
    }

    public Optional<StockView> find(String sku) {
        return store.find(sku);
    }

    public StockView adjust(Caller caller, String sku, int change, String reason, String note) {
        var after = store.adjust(sku, change, reason, note, caller.userId());
        auditTrail.record(caller, "stock.adjust", "sku:" + sku,
                Map.of("onHand", after.onHand() - change, "reserved", after.reserved()),
                Map.of("onHand", after.onHand(), "reserved", after.reserved(), "change", change, "reason", reason));
        return after;
    }
}
