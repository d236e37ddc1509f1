package uz.ultramarket.catalog.browse.products;

import java.util.List;
import java.util.Optional;
import uz.ultramarket.core.money.Money;

/**
 * What the filtered products offer, for the filter panel: counts of products per brand and per attribute value, and
 * the price range (in tiyin), all over the same products the list shows. {@code price} is absent when none match.
 */
public record Facets(List<BrandCount> brands, List<AttributeFacet> attributes, Optional<PriceRange> price) {

    public Facets {
        brands = List.copyOf(brands);
        attributes = List.copyOf(attributes);
    }

    public static final Facets NONE = new Facets(List.of(), List.of(), Optional.empty());

    public record BrandCount(String slug, String name, long count) {}

    /** One attribute's values among the products, {@code name} and each {@code label} in the request's language. */
    public record AttributeFacet(String key, String name, List<ValueCount> values) {
        public AttributeFacet {
            values = List.copyOf(values);
        }
    }

    /** {@code value} as the {@code attr.<key>} filter takes it: an option value, a number, true or false. */
    public record ValueCount(String value, String label, long count) {}

    public record PriceRange(Money min, Money max) {}
}
