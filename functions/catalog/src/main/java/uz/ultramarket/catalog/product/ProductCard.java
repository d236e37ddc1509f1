package uz.ultramarket.catalog.product;

import java.util.Optional;
import uz.ultramarket.core.money.Money;

/**
 * A product as a list shows it, in one language.
 *
 * @param price          the cheapest SKU's price ("from …")
 * @param compareAtPrice that SKU's crossed-out earlier price, when it has one
 * @param image          the first image's object key
 * @param brand          the brand's name; {@code brandSlug} its slug
 * @param category       the category's slug; {@code categoryName} its name in the card's language
 */
public record ProductCard(String slug, String name, Optional<String> brand, String category, Money price,
                          Optional<Money> compareAtPrice, boolean inStock, Optional<String> image,
                          Optional<String> brandSlug, String categoryName) {}
