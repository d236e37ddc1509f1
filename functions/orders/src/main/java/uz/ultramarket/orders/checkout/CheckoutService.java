package uz.ultramarket.orders.checkout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.ultramarket.accounts.addresses.Address;
import uz.ultramarket.accounts.addresses.AddressService;
import uz.ultramarket.accounts.addresses.CustomerStanding;
import uz.ultramarket.accounts.addresses.NewAddress;
import uz.ultramarket.cart.Cart;
import uz.ultramarket.cart.CartKey;
import uz.ultramarket.cart.store.CartStore;
import uz.ultramarket.catalog.skus.SkuCatalog;
import uz.ultramarket.catalog.skus.SkuOffer;
import uz.ultramarket.core.auth.Caller;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.IdempotencyKey;
import uz.ultramarket.core.http.Problem;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderLifecycle;
import uz.ultramarket.orders.OrderView;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.orders.delivery.DeliveryMethod;
import uz.ultramarket.orders.delivery.DeliveryOptions;
import uz.ultramarket.orders.delivery.PickupPoint;
import uz.ultramarket.orders.store.OrderNumbers;
import uz.ultramarket.orders.store.OrderStore;

/**
 * Turns the customer's cart into an order, once per idempotency key: re-prices every line, checks the delivery method
 * against the address's region, holds the stock of every line in one catalog transaction (all or none), writes the
 * order, then takes the ordered units out of the cart. A refusal writes nothing and frees the key; a failure after the
 * stock is held gives it back (and the sweep does, if the process died first).
 */
public final class CheckoutService {

    /** Delivery is a service taxed at the standard rate. */
    static final int DELIVERY_VAT_PERCENT = 12;
    /** A claim this old without an answer belongs to a process that died: the next request with the key finishes it. */
    static final Duration CLAIM_ABANDONED_AFTER = Duration.ofSeconds(30);
    /** How long a request waits for the first request with its key to answer before saying "still in progress". */
    static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(CheckoutService.class);

    /** A checkout's amounts, as a price-changed problem gives them anew. */
    public record Totals(Money subtotal, Money deliveryFee, Money total) {}

    /** The outcome: the order as placed, as its owner sees it (as JSON, the same for every request with the key). */
    public record Placed(String orderNumber, String body) {}

    private final CheckoutClaims claims;
    private final OrderNumbers numbers;
    private final OrderStore orders;
    private final CartStore carts;
    private final SkuCatalog catalog;
    private final AddressService addresses;
    private final DeliveryOptions delivery;
    private final CustomerStanding standing;
    private final Clock clock;

    @Inject
    public CheckoutService(CheckoutClaims claims, OrderNumbers numbers, OrderStore orders, CartStore carts, SkuCatalog catalog, AddressService addresses,
                           DeliveryOptions delivery, CustomerStanding standing, Clock clock) {
        this.standing = standing;
        this.claims = claims;
        this.numbers = numbers;
        this.orders = orders;
        this.carts = carts;
        this.catalog = catalog;
        this.addresses = addresses;
        this.delivery = delivery;
        this.clock = clock;
    }

    public Placed checkout(Caller caller, String key, CheckoutRequest request, String language) {
        // read at each checkout: a block takes effect at once, not when the access token runs out
        if (standing.isBlocked(caller.userId())) throw ApiException.forbidden("This account is blocked; please contact the shop's support.");
        String fingerprint = request.fingerprint();
        String number = numbers.next();
        boolean takenOver = false;
        if (!claims.claim(caller.userId(), key, new CheckoutClaims.Claim(fingerprint, number, clock.instant()))) {
            number = awaitEarlier(caller, key, fingerprint).orderNumber(); // placed, or its first request died: finish it
            takenOver = true;
        }
        try {
            var order = takenOver ? orders.find(number).orElseGet(placing(caller, number, request, language))
                    : placing(caller, number, request, language).get();
            return new Placed(order.number(), Json.write(OrderView.asPlaced(order)));
        } catch (ApiException refused) {
            if (refused.status() < 500) claims.forget(caller.userId(), key);
            throw refused;
        } catch (RuntimeException failed) {
            forgetIfNothingWritten(caller, key, number);
            throw failed;
        }
    }

    /** After a failure of ours: a retry with the key may start afresh if no order was written, else it answers with the order. */
    private void forgetIfNothingWritten(Caller caller, String key, String number) {
        try {
            if (orders.find(number).isEmpty()) claims.forget(caller.userId(), key);
        } catch (RuntimeException unknown) {
            // cannot tell: the claim stays, and a retry takes it over once it is abandoned
        }
    }

    /** The claim of an earlier request with the key, once its order is written or it went quiet; 422 for another request's key. */
    private CheckoutClaims.Claim awaitEarlier(Caller caller, String key, String fingerprint) {
        long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (true) {
            var found = claims.find(caller.userId(), key);
            if (found.isEmpty()) {
                throw ApiException.conflict("A checkout with this Idempotency-Key was just refused; send it again to try again.")
                        .withRetryAfter(Duration.ofSeconds(1));
            }
            var claim = found.get();
            if (!claim.fingerprint().equals(fingerprint)) {
                throw IdempotencyKey.reused("This Idempotency-Key was used for a different checkout; use a new key for a new order.");
            }
            if (orders.find(claim.orderNumber()).isPresent()) return claim;
            Instant now = clock.instant();
            if (claim.claimedAt().plus(CLAIM_ABANDONED_AFTER).isBefore(now) && claims.takeOver(caller.userId(), key, claim.claimedAt(), now)) {
                return claim;
            }
            if (System.nanoTime() > deadline) {
                throw ApiException.conflict("This checkout is still being placed; ask again in a moment for its order.")
                        .withRetryAfter(Duration.ofSeconds(1));
            }
            sleep();
        }
    }

    private java.util.function.Supplier<Order> placing(Caller caller, String number, CheckoutRequest request, String language) {
        return () -> place(caller, number, request, language);
    }

    private Order place(Caller caller, String number, CheckoutRequest request, String language) {
        var cart = carts.find(new CartKey.Customer(caller.userId()), clock.instant()).filter(c -> !c.lines().isEmpty())
                .orElseThrow(() -> new ApiException(Problem.of("empty-cart", "Empty cart", 409,
                        "Your cart is empty: add something before checking out.", List.of())));
        var offers = catalog.lookUp(cart.skus(), language);
        unavailable(cart, offers);
        var address = address(caller, request);
        var lines = cart.lines().stream().map(line -> line(line, offers.get(line.sku()))).toList();
        Money subtotal = lines.stream().map(Order.Line::lineTotal).reduce(Money.ZERO, Money::plus);
        var option = delivery.quote(address.region(), request.deliveryMethod(), subtotal, language).orElseThrow(() ->
                ApiException.badRequest(request.deliveryMethod().name(language) + " does not deliver to this region.",
                        new FieldError("deliveryMethod", "is not offered in " + address.region().code())));
        var pickupPoint = pickupPoint(request, option.pickupPoints(), address.region().code());
        Money total = subtotal.plus(option.fee());
        if (request.expectedTotal().isPresent() && request.expectedTotal().get() != total.tiyin()) {
            throw new ApiException(Problem.of("price-changed", "Prices changed", 409,
                    "The total is now " + total.formatSom() + " so'm (goods " + subtotal.formatSom() + ", delivery "
                            + option.fee().formatSom() + "): check your order and place it again.",
                    List.of(new FieldError("expectedTotal", "the total is now " + total.tiyin() + " tiyin: subtotal "
                            + subtotal.tiyin() + ", delivery " + option.fee().tiyin())))
                    .with("totals", new Totals(subtotal, option.fee(), total)));
        }
        var quantities = Order.quantitiesOf(lines);
        if (catalog.reserve(number, quantities) instanceof SkuCatalog.Reservation.Short s) throw outOfStock(s.shortages());
        Instant now = clock.instant();
        var status = OrderLifecycle.initial(request.paymentMethod());
        Money vat = lines.stream().map(l -> l.lineTotal().vatIncluded(l.vatPercent())).reduce(Money.ZERO, Money::plus)
                .plus(option.fee().vatIncluded(DELIVERY_VAT_PERCENT));
        var order = new Order(number, caller.userId(), language, status,
                request.paymentMethod(), lines, address,
                new Order.Delivery(option.method(), option.fee(), option.earliest(), option.latest(), pickupPoint),
                subtotal, option.fee(), total, vat, request.comment(), now,
                request.paymentMethod() == PaymentMethod.CASH ? Optional.empty() : Optional.of(now.plus(OrderLifecycle.PAY_WITHIN)),
                Optional.empty(), List.of(new Order.StatusChange(status, now, "customer")), 1);
        write(order);
        takeFromCart(cart, quantities);
        request.address().ifPresent(written -> save(caller, written));
        return order;
    }

    private void write(Order order) {
        boolean written;
        try {
            written = orders.create(order);
        } catch (RuntimeException e) {
            catalog.release(order.reservationId()); // if this fails too, the sweep releases it
            throw e;
        }
        if (!written) throw new IllegalStateException("order " + order.number() + " exists already");
    }

    private static void unavailable(Cart cart, Map<String, SkuOffer> offers) {
        var errors = new ArrayList<FieldError>();
        for (var line : cart.lines()) {
            var offer = offers.get(line.sku());
            if (offer == null || !offer.forSale()) errors.add(new FieldError("items[" + line.sku() + "]", "is no longer sold; remove it from your cart"));
        }
        if (!errors.isEmpty()) throw outOfStockProblem("Some items in your cart are no longer sold.", errors);
    }

    private static ApiException outOfStock(List<SkuCatalog.Shortage> shortages) {
        var errors = shortages.stream().map(s -> new FieldError("items[" + s.sku() + "]", s.sellable() == 0
                ? "is out of stock" : "only " + s.sellable() + " can be bought, not " + s.requested())).toList();
        return outOfStockProblem("Not everything in your cart is in stock any more.", errors);
    }

    private static ApiException outOfStockProblem(String detail, List<FieldError> errors) {
        return new ApiException(Problem.of("out-of-stock", "Out of stock", 409, detail, errors));
    }

    private static Order.Line line(Cart.Line line, SkuOffer offer) {
        String options = offer.options().stream().map(SkuOffer.SkuOption::label).collect(Collectors.joining(" · "));
        return new Order.Line(line.sku(), offer.name(), options, offer.image(), offer.price(), line.quantity(),
                offer.price().times(line.quantity()), offer.ikpu(), offer.vatPercent(), offer.packageCode());
    }

    /** The address the order goes to: one of the caller's (404 for any other), or the new one written in the request. */
    private Order.ShippingAddress address(Caller caller, CheckoutRequest request) {
        if (request.addressId().isPresent()) {
            String id = request.addressId().get();
            Address a = addresses.find(caller, id).orElseThrow(() -> ApiException.notFound("You have no address with id '" + id + "'.",
                    new FieldError("addressId", "is not one of your addresses")));
            return new Order.ShippingAddress(a.region(), a.district(), a.street(), a.landmark(), a.recipientName(), a.recipientPhone().value());
        }
        var a = request.address().orElseThrow();
        return new Order.ShippingAddress(a.region(), a.district(), a.street(), a.landmark(), a.recipientName(), a.recipientPhone().value());
    }

    /** Saves a new address in the book once its order is placed; a full book keeps the order, not the address. */
    private void save(Caller caller, NewAddress written) {
        try {
            addresses.add(caller, written);
        } catch (ApiException full) {
            LOG.info("The address of an order was not saved: {}", full.getMessage());
        }
    }

    private static Optional<PickupPoint> pickupPoint(CheckoutRequest request, List<PickupPoint> points, String region) {
        if (request.deliveryMethod() != DeliveryMethod.PICKUP) {
            if (request.pickupPointId().isPresent()) {
                throw ApiException.badRequest("A pickup point goes only with pickup delivery.",
                        new FieldError("pickupPointId", "is only for deliveryMethod pickup"));
            }
            return Optional.empty();
        }
        String id = request.pickupPointId().orElseThrow(() -> ApiException.badRequest("Choose the pickup point to collect the order from.",
                new FieldError("pickupPointId", "is required for pickup")));
        return Optional.of(points.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() ->
                ApiException.badRequest("There is no pickup point '" + id + "' in this region.",
                        new FieldError("pickupPointId", "is not a pickup point of " + region))));
    }

    /** Takes the ordered units out of the cart; the order stands even if this keeps losing races (the customer sees them again). */
    private void takeFromCart(Cart cart, Map<String, Integer> ordered) {
        var current = cart;
        for (int attempt = 0; attempt < 5; attempt++) {
            var left = current.less(ordered);
            boolean saved = left.lines().isEmpty() ? carts.delete(current) : carts.save(left, clock.instant());
            if (saved) return;
            var reread = carts.find(cart.key(), clock.instant());
            if (reread.isEmpty()) return;
            current = reread.get();
        }
        LOG.warn("Could not take the ordered units out of the cart of an order after 5 tries");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("Interrupted while waiting for the checkout.");
        }
    }
}
