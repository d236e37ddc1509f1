package uz.ultramarket.catalog.admin.products;

import java.util.Optional;
import javax.inject.Inject;
import uz.ultramarket.core.audit.AuditTrail;
import uz.ultramarket.core.auth.Caller;

/** Staff's products: each save is written, then the storefront's facets refreshed, then the audit log told. */
public final class AdminProductsService {

    private final AdminProductStore store;
    private final ImageUploads images;
    private final AuditTrail auditTrail;

    @Inject
    public AdminProductsService(AdminProductStore store, ImageUploads images, AuditTrail auditTrail) {
        this.store = store;
        this.images = images;
        this.auditTrail = auditTrail;
    }

    public AdminProductStore.Page list(ProductQuery query) {
        return store.list(query);
    }

    public Optional<AdminProduct> find(long id) {
        return store.find(id);
    }

    public AdminProduct create(Caller caller, ProductDraft draft) {
        var saved = store.create(draft);
        store.refreshFacets();
        auditTrail.record(caller, "product.create", "product:" + saved.after().id(), null, saved.after());
        return saved.after();
    }

    public AdminProduct update(Caller caller, long id, ProductDraft draft) {
        var saved = store.update(id, draft);
        store.refreshFacets();
        auditTrail.record(caller, "product.update", "product:" + id, saved.before(), saved.after());
        return saved.after();
    }

    public ImageUploads.ImageUpload imageUpload(String contentType, long size) {
        return images.presign(contentType, size);
    }
}
