package uz.ultramarket.catalog.admin.products;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import uz.ultramarket.catalog.product.LocalizedText;
import uz.ultramarket.core.money.Money;

/** A product as the admin console shows and edits it (docs/admin-api.md, Products); {@code brand} is a brand slug. */
public record AdminProduct(long id, long version, String slug, long categoryId, String brand, String status,
                           LocalizedText name, Description description, List<String> images, List<Variant> variants) {

    public record Variant(long id, String code, JsonNode options, Money price, Money compareAtPrice, String ikpu,
                          int vatPercent, String packageCode, Stock stock) {}

    /** Units on hand and, of those, held for unpaid orders. */
    public record Stock(long onHand, long reserved) {}
}
