package uz.ultramarket.cart.change;

import uz.ultramarket.cart.Cart;
import uz.ultramarket.cart.CartFunction;
import uz.ultramarket.cart.CartService;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.http.JsonFields;

/**
 * {@code PATCH /api/cart/items/{sku}} {@code {"quantity"}} (0 removes the line), {@code DELETE /api/cart/items/{sku}},
 * {@code DELETE /api/cart}: changes to the caller's cart, each answered with the cart.
 */
public final class ChangeCartHandler extends CartFunction {

    public ChangeCartHandler() { this(DaggerChangeCartComponent.create()); }

    private ChangeCartHandler(ChangeCartComponent component) { this(component.verifier(), component.cartService()); }

    public ChangeCartHandler(AccessTokenVerifier verifier, CartService carts) {
        super(verifier, carts, 1024);
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var owner = owner(request);
        String language = request.language();
        var cart = switch (request.routeKey()) {
            case "PATCH /api/cart/items/{sku}" -> {
                String sku = skuCode(request.pathParam("sku"));
                var body = JsonFields.of(request, "quantity");
                var quantity = body.integer("quantity", true, 0, Cart.MAX_QUANTITY);
                body.validate();
                yield carts.setQuantity(owner, sku, quantity.orElseThrow(), language);
            }
            case "DELETE /api/cart/items/{sku}" -> carts.remove(owner, skuCode(request.pathParam("sku")), language);
            case "DELETE /api/cart" -> carts.empty(owner, language);
            default -> throw new IllegalStateException("no route " + request.routeKey());
        };
        return answer(request, cart);
    }
}
