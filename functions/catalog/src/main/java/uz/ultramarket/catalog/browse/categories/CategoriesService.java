package uz.ultramarket.catalog.browse.categories;

import java.util.List;
import javax.inject.Inject;
import uz.ultramarket.catalog.product.Language;

/** The category tree a storefront's menu shows. */
public final class CategoriesService {

    private final CategoryTreeStore store;

    @Inject
    public CategoriesService(CategoryTreeStore store) {
        this.store = store;
    }

    public List<CategoryNode> tree(Language language) {
        return store.tree(language);
    }
}
