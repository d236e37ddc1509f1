package uz.ultramarket.catalog.browse.product;

import java.util.Optional;
import javax.inject.Inject;
import uz.ultramarket.catalog.product.Language;

/** A product page; only active products have one. */
public final class ProductDetailsService {

    private final ProductDetailsStore store;

    @Inject
    public ProductDetailsService(ProductDetailsStore store) {
        this.store = store;
    }

    public Optional<ProductDetails> page(String slug, Language language) {
        return store.find(slug, language);
    }
}
