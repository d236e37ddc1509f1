package uz.ultramarket.catalog.product;

import java.util.List;
import java.util.Optional;
import uz.ultramarket.core.money.Money;

/**
 * What narrows a product list. Every part is optional; an empty list or {@code Optional} does not filter.
 *
 * @param category   a category slug: products in it or any category below it
 * @param brands     brand slugs, any of them
 * @param minPrice   the cheapest SKU costs at least this
 * @param maxPrice   the cheapest SKU costs at most this
 * @param inStock    only products with a SKU that can be sold now
 * @param attributes every filter must hold (each is "any of its values")
 */
public record ProductFilters(Optional<String> category, List<String> brands, Optional<Money> minPrice,
                             Optional<Money> maxPrice, boolean inStock, List<AttributeFilter> attributes) {

    public static final ProductFilters NONE =
            new ProductFilters(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), false, List.of());

    public ProductFilters {
        brands = List.copyOf(brands);
        attributes = List.copyOf(attributes);
        if (minPrice.isPresent() && maxPrice.isPresent() && minPrice.get().compareTo(maxPrice.get()) > 0) {
            throw new IllegalArgumentException("the minimum price is above the maximum price");
        }
    }

    public ProductFilters inCategory(String slug) {
        return new ProductFilters(Optional.of(slug), brands, minPrice, maxPrice, inStock, attributes);
    }

    public ProductFilters inAnyCategory() {
        return new ProductFilters(Optional.empty(), brands, minPrice, maxPrice, inStock, attributes);
    }

    public ProductFilters ofBrands(String... slugs) {
        return new ProductFilters(category, List.of(slugs), minPrice, maxPrice, inStock, attributes);
    }

    public ProductFilters pricedBetween(Money min, Money max) {
        return new ProductFilters(category, brands, Optional.ofNullable(min), Optional.ofNullable(max), inStock, attributes);
    }

    public ProductFilters onlyInStock() {
        return new ProductFilters(category, brands, minPrice, maxPrice, true, attributes);
    }

    public ProductFilters with(AttributeFilter filter) {
        var more = new java.util.ArrayList<>(attributes);
        more.add(filter);
        return new ProductFilters(category, brands, minPrice, maxPrice, inStock, more);
    }
}
