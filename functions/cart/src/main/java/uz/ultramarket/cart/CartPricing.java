package uz.ultramarket.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.ultramarket.cart.CartView.LineView;
import uz.ultramarket.cart.CartView.Notice;
import uz.ultramarket.catalog.skus.SkuOffer;
import uz.ultramarket.core.money.Money;

/** Prices a stored cart with what the catalog says now: a plain function, the one place that decides what a line shows. */
final class CartPricing {

    private CartPricing() {}

    static CartView view(Cart cart, Map<String, SkuOffer> offers, String language) {
        var lines = new ArrayList<LineView>(cart.lines().size());
        Money subtotal = Money.ZERO;
        int itemCount = 0;
        for (Cart.Line line : cart.lines()) {
            var priced = line(line, offers.get(line.sku()), language);
            lines.add(priced);
            itemCount += line.quantity();
            if (priced.available()) subtotal = subtotal.plus(priced.lineTotal());
        }
        return new CartView(Optional.of(cart.id()), lines, itemCount, subtotal, List.of());
    }

    /** How many of {@code offer} a line may hold now: what can be sold, at most 99, nothing when it is not for sale. */
    static int maxQuantity(SkuOffer offer) {
        return offer == null ? 0 : Math.min(Cart.MAX_QUANTITY, offer.buyable());
    }

    private static LineView line(Cart.Line line, SkuOffer offer, String language) {
        if (offer == null) {
            // the SKU left the catalog: the line stays, so the shopper sees what went, at the price they saw
            return new LineView(line.sku(), Optional.empty(), line.sku(), Optional.empty(), List.of(), line.addedPrice(),
                    Optional.empty(), line.quantity(), line.addedPrice().times(line.quantity()), false, 0,
                    List.of(CartMessages.unavailable(language)));
        }
        var notices = new ArrayList<Notice>();
        int max = maxQuantity(offer);
        if (!offer.forSale()) notices.add(CartMessages.unavailable(language));
        else if (offer.sellable() == 0) notices.add(CartMessages.outOfStock(language));
        else if (offer.sellable() < line.quantity()) notices.add(CartMessages.shortOf(language, max));
        if (!offer.price().equals(line.addedPrice())) notices.add(CartMessages.priceChanged(language, line.addedPrice(), offer.price()));
        boolean available = offer.forSale() && line.quantity() <= offer.sellable();
        return new LineView(line.sku(), Optional.of(offer.productSlug()), offer.name(), offer.image(), offer.options(),
                offer.price(), offer.compareAtPrice(), line.quantity(), offer.price().times(line.quantity()), available, max,
                notices);
    }
}
