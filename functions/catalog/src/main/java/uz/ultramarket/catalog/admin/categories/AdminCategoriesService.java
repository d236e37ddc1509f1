package uz.ultramarket.catalog.admin.categories;

import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import uz.ultramarket.catalog.product.LocalizedText;
import uz.ultramarket.core.audit.AuditTrail;
import uz.ultramarket.core.auth.Caller;

/** Staff's categories: each change written, the storefront's facets refreshed, the audit log told. */
public final class AdminCategoriesService {

    private final CategoryStore store;
    private final AuditTrail auditTrail;

    @Inject
    public AdminCategoriesService(CategoryStore store, AuditTrail auditTrail) {
        this.store = store;
        this.auditTrail = auditTrail;
    }

    public List<AdminCategory> list() {
        return store.list();
    }

    public AdminCategory create(Caller caller, Optional<String> slug, Optional<Long> parentId, LocalizedText name, int position) {
        var saved = store.create(slug, parentId, name, position);
        store.refreshFacets();
        auditTrail.record(caller, "category.create", "category:" + saved.after().id(), null, saved.after());
        return saved.after();
    }

    public AdminCategory change(Caller caller, long id, CategoryStore.Change change) {
        var saved = store.change(id, change);
        store.refreshFacets();
        auditTrail.record(caller, "category.update", "category:" + id, saved.before(), saved.after());
        return saved.after();
    }
}
