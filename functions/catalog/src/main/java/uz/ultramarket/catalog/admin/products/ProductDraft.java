package uz.ultramarket.catalog.admin.products;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import uz.ultramarket.catalog.product.LocalizedText;
import uz.ultramarket.core.money.Money;

/**
 * A product as staff send it to be saved, already validated: names in all three languages (ru and en are uz when left
 * empty), the variants in picker order. {@code slug} is empty to make one from the name; {@code version} is the one the
 * editor read (empty on create).
 */
public record ProductDraft(Optional<String> slug, long categoryId, Optional<String> brand, String status,
                           LocalizedText name, Description description, List<String> images,
                           List<VariantDraft> variants, Optional<Long> version) {

    /** A variant as sent: without {@code id} it is new. Its stock is never set here (see the stock function). */
    public record VariantDraft(Optional<Long> id, String code, ObjectNode options, Money price,
                               Optional<Money> compareAtPrice, String ikpu, int vatPercent, Optional<String> packageCode) {}
}
