package uz.ultramarket.cart;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.inject.Inject;
import uz.ultramarket.cart.CartView.Notice;
import uz.ultramarket.cart.store.CartStore;
import uz.ultramarket.catalog.skus.SkuCatalog;
import uz.ultramarket.catalog.skus.SkuOffer;
import uz.ultramarket.core.cache.RecentValues;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;

/**
 * The cart's rules. Every change reads the cart, applies itself to what it read, and writes it back only if nobody wrote
 * in between (the stored version); a change that lost the race starts over on what the winner wrote, so two requests
 * changing one cart both count. A change refused (400, 404, 409) writes nothing.
 *
 * <p>A container remembers for a minute the carts it last read or wrote, and a change starts from that instead of
 * reading: the version check makes a stale memory harmless — its write is refused, and the change reads the stored cart
 * and starts over (so does a change the remembered cart would refuse or leave as it is). It saves a read on a shopper's
 * second and later changes whenever the same container serves them.
 */
public final class CartService {

    /** Tries before a change gives up with 503: each lost try means another change to this very cart has landed. */
    static final int ATTEMPTS = 40;

    private final CartStore store;
    private final SkuCatalog catalog;
    private final Clock clock;
    /** The carts this container read or wrote last, by partition key, each as of its version then. */
    private final RecentValues<String, Cart> lastSeen;

    @Inject
    public CartService(CartStore store, SkuCatalog catalog, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        this.lastSeen = new RecentValues<>(clock, Duration.ofMinutes(1), 2_000);
    }

    /** The owner's cart, priced now; no owner, or a guest id that is unknown, expired or merged: an empty cart (no write). */
    public CartView view(Optional<CartKey> owner, String language) {
        var cart = owner.flatMap(key -> store.find(key, clock.instant()));
        if (cart.isEmpty()) return CartView.none();
        lastSeen.put(cart.get().key().pk(), cart.get());
        return CartPricing.view(cart.get(), catalog.lookUp(cart.get().skus(), language), language);
    }

    /**
     * Adds {@code quantity} of {@code sku}, summing with its line. Without a cart — no owner, or a guest id that is gone —
     * a new guest cart is made under a new id (a shopper never chooses a cart's id).
     */
    public CartView add(Optional<CartKey> owner, String sku, int quantity, String language) {
        return change(owner.orElse(null), language, sku, (cart, offers) -> {
            var offer = offers.get(sku);
            if (offer == null || !offer.forSale()) {
                throw ApiException.notFound("There is no product for sale with SKU '" + sku + "'.",
                        new FieldError("sku", "no product for sale has this SKU"));
            }
            var existing = cart.line(sku);
            if (existing.isEmpty() && cart.lines().size() >= Cart.MAX_LINES) {
                throw ApiException.conflict("A cart holds at most " + Cart.MAX_LINES + " different products; remove one to add this.",
                        new FieldError("sku", "the cart has " + Cart.MAX_LINES + " lines already"));
            }
            int inCart = existing.map(Cart.Line::quantity).orElse(0);
            int wanted = inCart + quantity;
            if (wanted > Cart.MAX_QUANTITY) {
                throw ApiException.conflict("A line holds at most " + Cart.MAX_QUANTITY + " units; your cart has " + inCart + " of "
                        + sku + ", so you can add " + (Cart.MAX_QUANTITY - inCart) + " more.",
                        new FieldError("quantity", "at most " + (Cart.MAX_QUANTITY - inCart) + " more can be added"));
            }
            checkStock(offer, wanted, inCart);
            return cart.with(new Cart.Line(sku, wanted, offer.price(), existing.map(Cart.Line::addedAt).orElse(clock.instant())));
        });
    }

    /** Sets a line's quantity; 0 removes it. 404 when the cart has no such line. */
    public CartView setQuantity(Optional<CartKey> owner, String sku, int quantity, String language) {
        if (quantity == 0) return remove(owner, sku, language);
        CartKey key = owner.orElseThrow(() -> notInCart(sku));
        return change(key, language, null, (cart, offers) -> {
            var existing = cart.line(sku).orElseThrow(() -> notInCart(sku));
            if (existing.quantity() == quantity) return cart;
            var offer = offers.get(sku);
            if (offer == null || !offer.forSale()) {
                throw ApiException.conflict(sku + " is no longer sold; remove it from your cart.");
            }
            // lowering a quantity is always allowed, so a shopper can bring a short line back within stock
            if (quantity > existing.quantity()) checkStock(offer, quantity, existing.quantity());
            return cart.with(new Cart.Line(sku, quantity, offer.price(), existing.addedAt()));
        });
    }

    /** Removes a line; removing one that is not there changes nothing (a repeated DELETE answers the same). */
    public CartView remove(Optional<CartKey> owner, String sku, String language) {
        if (owner.isEmpty()) return CartView.none();
        return change(owner.get(), language, null, (cart, offers) -> cart.without(sku));
    }

    /** Empties the cart (it stays, with its id). */
    public CartView empty(Optional<CartKey> owner, String language) {
        if (owner.isEmpty()) return CartView.none();
        return change(owner.get(), language, null, (cart, offers) -> cart.withoutLines());
    }

    /**
     * Moves the guest cart's lines into the customer's: quantities summed per SKU and capped by what can be bought and
     * the 50-line limit (what did not fit is in the answer's notices); the guest cart is deleted in the same transaction.
     * A guest cart that is gone (merged already, expired, unknown) changes nothing.
     */
    public CartView merge(CartKey.Customer customer, CartKey.Guest guest, String language) {
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            var guestCart = store.find(guest, now);
            if (guestCart.isEmpty()) return view(Optional.of(customer), language);
            var customerCart = store.find(customer, now).orElseGet(() -> Cart.empty(customer, CartKey.newId()));
            var codes = new LinkedHashSet<>(customerCart.skus());
            codes.addAll(guestCart.get().skus());
            var offers = catalog.lookUp(codes, language);
            var notices = new ArrayList<Notice>();
            var merged = customerCart;
            for (Cart.Line line : guestCart.get().lines()) {
                var offer = offers.get(line.sku());
                int max = CartPricing.maxQuantity(offer);
                String name = offer == null ? line.sku() : offer.name();
                var existing = merged.line(line.sku());
                if (existing.isEmpty() && merged.lines().size() >= Cart.MAX_LINES) {
                    notices.add(CartMessages.mergeLineLimit(language, line.sku(), name));
                    continue;
                }
                int had = existing.map(Cart.Line::quantity).orElse(0);
                // what the customer already had stays; only what the guest cart brings is capped
                int total = Math.min(had + line.quantity(), Math.max(had, max));
                if (total - had < line.quantity()) notices.add(CartMessages.mergeCapped(language, line.sku(), name, line.quantity(), total - had));
                if (total == 0) continue;
                merged = merged.with(existing.map(e -> new Cart.Line(e.sku(), total, e.addedPrice(), e.addedAt()))
                        .orElse(new Cart.Line(line.sku(), total, line.addedPrice(), line.addedAt())));
            }
            if (store.merge(merged, guestCart.get(), now)) {
                var stored = new Cart(merged.key(), merged.id(), merged.lines(), merged.version() + 1);
                lastSeen.forget(guest.pk());
                lastSeen.put(customer.pk(), stored);
                return CartPricing.view(stored, offers, language).withNotices(notices);
            }
            backOff(attempt);
        }
    }

    /** A change to one cart as a function of the cart and the catalog's offers of its SKUs (and {@code sku}). */
    @FunctionalInterface
    interface Change {
        Cart apply(Cart cart, Map<String, SkuOffer> offers);
    }

    /**
     * Runs {@code change} on the cart of {@code key} until its write wins. {@code addSku} (adding only) also looks up that
     * SKU, and lets a missing cart be made: with no key, or a guest key whose cart is gone, under a newly issued id.
     */
    private CartView change(CartKey key, String language, String addSku, Change change) {
        boolean mayRemember = true;
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            var remembered = key != null && mayRemember ? lastSeen.peek(key.pk()) : Optional.<Cart>empty();
            mayRemember = false;
            var found = remembered.isPresent() || key == null ? remembered : store.find(key, now);
            if (found.isEmpty() && addSku != null && !(key instanceof CartKey.Customer)) key = CartKey.Guest.issue();
            CartKey owner = key;
            var cart = found.orElseGet(() -> Cart.empty(owner, owner instanceof CartKey.Guest g ? g.cartId() : CartKey.newId()));
            var offers = catalog.lookUp(codes(cart, addSku), language);
            Cart changed;
            try {
                changed = change.apply(cart, offers);
            } catch (ApiException refused) {
                if (remembered.isPresent()) continue; // the stored cart decides a refusal, not a remembered one
                throw refused;
            }
            if (changed.equals(cart)) {
                if (remembered.isPresent()) continue;
                return cart.isStored() ? CartPricing.view(cart, offers, language) : CartView.none();
            }
            if (store.save(changed, now)) {
                var stored = new Cart(changed.key(), changed.id(), changed.lines(), changed.version() + 1);
                lastSeen.put(stored.key().pk(), stored);
                return CartPricing.view(stored, offers, language);
            }
            lastSeen.forget(cart.key().pk());
            if (remembered.isEmpty()) backOff(attempt); // a stale memory lost to no one: read and go again at once
        }
    }

    private static List<String> codes(Cart cart, String extraSku) {
        var codes = new LinkedHashSet<>(cart.skus());
        if (extraSku != null) codes.add(extraSku);
        return List.copyOf(codes);
    }

    private static void checkStock(SkuOffer offer, int wanted, int inCart) {
        if (wanted <= offer.sellable()) return;
        int canAdd = Math.max(0, offer.sellable() - inCart);
        String detail = offer.sellable() == 0
                ? offer.code() + " is out of stock."
                : "Only " + offer.sellable() + " of " + offer.code() + " can be bought"
                        + (inCart > 0 ? "; your cart has " + inCart + ", so you can add " + canAdd + " more." : ".");
        throw ApiException.conflict(detail, new FieldError("quantity", canAdd == 0 && inCart == 0
                ? "none can be bought now" : "at most " + (inCart > 0 ? canAdd + " more" : String.valueOf(offer.sellable())) + " can be bought"));
    }

    /** Jittered, growing pause after a lost race, so racing writers spread out instead of colliding again. */
    private static void backOff(int attempt) {
        if (attempt >= ATTEMPTS) {
            throw ApiException.unavailable("Your cart is being changed by many requests at once; please try again.")
                    .withRetryAfter(java.time.Duration.ofSeconds(1));
        }
        long ceiling = Math.min(50, 2L << Math.min(attempt, 5));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while changing a cart", e);
        }
    }

    private static ApiException notInCart(String sku) {
        return ApiException.notFound("Your cart has no line with SKU '" + sku + "'.", new FieldError("sku", "is not in your cart"));
    }
}
