package uz.ultramarket.catalog.admin.stock;

import java.time.Instant;
import java.util.List;
import uz.ultramarket.catalog.product.LocalizedText;

/** A SKU's stock as staff see it: on hand, held for unpaid orders, what can still be sold, and the latest adjustments. */
public record StockView(String sku, long productId, LocalizedText name, long onHand, long reserved, long sellable,
                        List<Adjustment> history) {

    /** One change of stock on hand by staff; {@code actor} is their user id. */
    public record Adjustment(Instant at, int change, String reason, String note, String actor, long onHandAfter) {}
}
