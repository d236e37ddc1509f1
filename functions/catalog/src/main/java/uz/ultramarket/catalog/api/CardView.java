package uz.ultramarket.catalog.api;

import java.util.Optional;
import uz.ultramarket.catalog.product.ProductCard;
import uz.ultramarket.core.money.Money;

/** A product card as the API sends it; money in tiyin, {@code brand}, {@code compareAtPrice} and {@code image} only when there is one. */
public record CardView(String slug, String name, Optional<Ref> brand, Ref category, Money price,
                       Optional<Money> compareAtPrice, boolean inStock, Optional<String> image) {

    /** A brand or category: its slug, for links and filters, and its name to show. */
    public record Ref(String slug, String name) {}

    public static CardView of(ProductCard card) {
        Optional<Ref> brand = card.brandSlug().map(slug -> new Ref(slug, card.brand().orElse(slug)));
        return new CardView(card.slug(), card.name(), brand, new Ref(card.category(), card.categoryName()),
                card.price(), card.compareAtPrice(), card.inStock(), card.image());
    }
}
