package uz.ultramarket.catalog.skus;

import java.util.List;
import java.util.Optional;
import uz.ultramarket.core.money.Money;

/**
 * One SKU as the catalog sells it right now, in one language.
 *
 * @param image      the product's first image key ({@code /images/<key>}), if it has one
 * @param options    what sets this SKU apart from its siblings, in shop order
 * @param sellable   units that can still be sold: on hand less reserved (never negative)
 * @param ikpu       the 17-digit product code (MXIK/ИКПУ) the fiscal receipt of a sale must carry
 * @param vatPercent the SKU's VAT rate in percent (0 to 100), which the receipt states too
 * @param packageCode the classifier's package code for the receipt, once staff set it
 */
public record SkuOffer(String code, String productSlug, String name, Optional<String> image, List<SkuOption> options,
                       Money price, Optional<Money> compareAtPrice, int sellable, ProductStatus status, String ikpu,
                       int vatPercent, Optional<String> packageCode) {

    public SkuOffer {
        packageCode = packageCode == null ? Optional.empty() : packageCode;
        options = List.copyOf(options);
        sellable = Math.max(0, sellable);
    }

    /** Whether a shopper may buy it at all: its product is active (not a draft, not archived). */
    public boolean forSale() {
        return status == ProductStatus.ACTIVE;
    }

    /** How many a shopper may buy now: what can be sold, and nothing when the product is not for sale. */
    public int buyable() {
        return forSale() ? sellable : 0;
    }

    /** One option of a SKU: {@code value} as stored (string, number or boolean), {@code label} how it reads. */
    public record SkuOption(String key, String name, Object value, String label) {}

    public enum ProductStatus {
        DRAFT, ACTIVE, ARCHIVED;

        static ProductStatus of(String stored) {
            return valueOf(stored.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
