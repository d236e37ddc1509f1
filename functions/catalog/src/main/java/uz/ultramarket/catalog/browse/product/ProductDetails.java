package uz.ultramarket.catalog.browse.product;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import uz.ultramarket.catalog.api.CardView;
import uz.ultramarket.core.money.Money;

/**
 * A product page in one language: the product, where it sits in the tree (root → leaf), its attributes, every variant
 * with its stock state, and up to eight related products.
 */
public record ProductDetails(String slug, String name, String description, Optional<CardView.Ref> brand,
                             CardView.Ref category, List<CardView.Ref> breadcrumbs, List<String> images,
                             List<AttributeValue> attributes, List<Variant> variants, List<CardView> related) {

    public ProductDetails {
        breadcrumbs = List.copyOf(breadcrumbs);
        images = List.copyOf(images);
        attributes = List.copyOf(attributes);
        variants = List.copyOf(variants);
        related = List.copyOf(related);
    }

    /**
     * One attribute or option: {@code value} typed as stored (a string, number or boolean, as the {@code attr.<key>}
     * filter takes it), {@code label} how it reads.
     */
    public record AttributeValue(String key, String name, @JsonInclude(JsonInclude.Include.ALWAYS) Object value, String label) {}

    /** One SKU a shopper can pick; {@code stock} says whether it can be bought now. */
    public record Variant(String code, List<AttributeValue> options, Money price, Optional<Money> compareAtPrice,
                          Stock stock) {
        public Variant {
            options = List.copyOf(options);
        }
    }

    /** Stock state from what can still be sold (on hand − reserved): none, a few ({@value #LOW_STOCK} or fewer), or more. */
    public enum Stock {
        @com.fasterxml.jackson.annotation.JsonProperty("in_stock") IN_STOCK,
        @com.fasterxml.jackson.annotation.JsonProperty("low") LOW,
        @com.fasterxml.jackson.annotation.JsonProperty("out_of_stock") OUT_OF_STOCK;

        public static Stock of(long available) {
            if (available <= 0) return OUT_OF_STOCK;
            return available <= LOW_STOCK ? LOW : IN_STOCK;
        }
    }

    public static final int LOW_STOCK = 5;
}
