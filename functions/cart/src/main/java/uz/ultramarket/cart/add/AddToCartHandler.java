package uz.ultramarket.cart.add;

import uz.ultramarket.cart.Cart;
import uz.ultramarket.cart.CartFunction;
import uz.ultramarket.cart.CartService;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.http.JsonFields;

/**
 * {@code POST /api/cart/items} {@code {"sku","quantity"}}: adds to the caller's cart, summing with its line; a guest
 * without a cart gets a new one, its id in the body and in {@code X-Cart-Id}.
 */
public final class AddToCartHandler extends CartFunction {

    public AddToCartHandler() { this(DaggerAddToCartComponent.create()); }

    private AddToCartHandler(AddToCartComponent component) { this(component.verifier(), component.cartService()); }

    public AddToCartHandler(AccessTokenVerifier verifier, CartService carts) {
        super(verifier, carts, 1024);
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var owner = owner(request);
        var body = JsonFields.of(request, "sku", "quantity");
        var sku = body.text("sku", true, 1, 64);
        var quantity = body.integer("quantity", true, 1, Cart.MAX_QUANTITY);
        body.validate();
        var cart = carts.add(owner, sku.orElseThrow(), quantity.orElseThrow(), request.language());
        return answer(request, cart);
    }
}
