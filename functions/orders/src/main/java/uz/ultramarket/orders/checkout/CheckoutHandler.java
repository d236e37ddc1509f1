package uz.ultramarket.orders.checkout;

import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.IdempotencyKey;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/**
 * {@code POST /api/checkout} with {@code Idempotency-Key}: places the signed-in customer's cart as an order and answers
 * 201 with it; the same key and body answer the same again, byte for byte.
 */
public final class CheckoutHandler extends HttpFunction {

    private final AccessTokenVerifier verifier;
    private final CheckoutService checkout;

    public CheckoutHandler() { this(DaggerCheckoutComponent.create()); }

    private CheckoutHandler(CheckoutComponent component) { this(component.verifier(), component.checkoutService()); }

    public CheckoutHandler(AccessTokenVerifier verifier, CheckoutService checkout) {
        super(8 * 1024);
        this.verifier = verifier;
        this.checkout = checkout;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var caller = verifier.authenticate(request);
        String key = IdempotencyKey.of(request, "A checkout");
        var placed = checkout.checkout(caller, key, CheckoutRequest.read(request), request.language());
        return new HttpResponse(201, java.util.Map.of("Content-Type", HttpResponse.JSON,
                "Location", "/api/orders/" + placed.orderNumber()), placed.body());
    }
}
