package uz.ultramarket.cart;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import uz.ultramarket.catalog.skus.SkuOffer;
import uz.ultramarket.core.money.Money;

/**
 * The cart as every cart route answers it, priced and checked against the catalog at this moment, in one language.
 * {@code subtotal} counts only the lines that can be bought as they are ({@code available}); {@code itemCount} counts
 * every unit in the cart.
 */
public record CartView(@JsonInclude(JsonInclude.Include.ALWAYS) Optional<String> id, List<LineView> lines, int itemCount,
                       Money subtotal, List<Notice> notices) {

    public CartView {
        lines = List.copyOf(lines);
        notices = List.copyOf(notices);
    }

    public static CartView none() {
        return new CartView(Optional.empty(), List.of(), 0, Money.ZERO, List.of());
    }

    public CartView withNotices(List<Notice> more) {
        var all = new java.util.ArrayList<>(notices);
        all.addAll(more);
        return new CartView(id, lines, itemCount, subtotal, all);
    }

    /**
     * One line. {@code maxQuantity}: how many of it can be bought now (0–99); {@code available}: whether the line can be
     * bought as it is (for sale, in stock, no more than can be sold).
     */
    public record LineView(String sku, @JsonInclude(JsonInclude.Include.ALWAYS) Optional<String> productSlug, String name,
                           @JsonInclude(JsonInclude.Include.ALWAYS) Optional<String> image, List<SkuOffer.SkuOption> options,
                           Money unitPrice, @JsonInclude(JsonInclude.Include.ALWAYS) Optional<Money> compareAtPrice,
                           int quantity, Money lineTotal, boolean available, int maxQuantity, List<Notice> notices) {
        public LineView {
            options = List.copyOf(options);
            notices = List.copyOf(notices);
        }
    }

    /**
     * Something the shopper should know, {@code message} in their language; the other fields as the code needs them.
     * Line codes: {@code price-changed} (oldPrice, newPrice), {@code out-of-stock}, {@code short} (maxQuantity),
     * {@code unavailable}. Cart codes, from a merge: {@code merge-capped} (sku, requested, added), {@code merge-line-limit} (sku).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Notice(String code, String message, Money oldPrice, Money newPrice, Integer maxQuantity, String sku,
                         Integer requested, Integer added) {}
}
