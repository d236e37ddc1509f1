package uz.ultramarket.catalog.load;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.ultramarket.catalog.product.LocalizedText;
import uz.ultramarket.core.money.Money;

/**
 * A whole catalog to load into an empty database: parents before children, brands and attributes before the
 * products that use them. Attribute values are typed as {@link Attribute#kind()} says (see V2__catalog.sql).
 */
public record CatalogData(List<Category> categories, List<Brand> brands, List<Attribute> attributes,
                          List<Product> products) {

    public CatalogData {
        categories = List.copyOf(categories);
        brands = List.copyOf(brands);
        attributes = List.copyOf(attributes);
        products = List.copyOf(products);
    }

    /** {@code parent} is the parent's slug, empty for a top-level category. */
    public record Category(String slug, Optional<String> parent, LocalizedText name, int position) {}

    public record Brand(String slug, String name) {}

    public enum AttributeKind { NUMBER, OPTION, FLAG }

    /** {@code unit} only for numbers ("GB", "″", "l"); {@code options} only for options, in display order. */
    public record Attribute(String key, AttributeKind kind, Optional<String> unit, LocalizedText name,
                            List<Option> options) {}

    public record Option(String value, LocalizedText name) {}

    public enum Status { DRAFT, ACTIVE, ARCHIVED }

    /**
     * @param attributes product facts by attribute key (a sorted map keeps the catalog's checksum stable)
     * @param images     object keys, gallery order
     * @param skus       in picker order
     */
    public record Product(String slug, String category, Optional<String> brand, LocalizedText name,
                          LocalizedText description, Map<String, Object> attributes, List<String> images,
                          Status status, int popularity, Instant createdAt, List<Sku> skus) {}

    /** @param options what sets this SKU apart, by attribute key: {"color": "black", "storage_gb": 256} */
    public record Sku(String code, Map<String, Object> options, Money price, Optional<Money> compareAtPrice,
                      int stockOnHand, int stockReserved, String ikpu, int vatPercent) {}
}
