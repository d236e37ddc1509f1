package uz.ultramarket.cart.view;

import uz.ultramarket.cart.CartFunction;
import uz.ultramarket.cart.CartService;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** {@code GET /api/cart}: the signed-in customer's cart, else the guest cart of {@code X-Cart-Id}, priced now. */
public final class ViewCartHandler extends CartFunction {

    public ViewCartHandler() { this(DaggerViewCartComponent.create()); }

    private ViewCartHandler(ViewCartComponent component) { this(component.verifier(), component.cartService()); }

    public ViewCartHandler(AccessTokenVerifier verifier, CartService carts) {
        super(verifier, carts, 0);
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var owner = owner(request);
        return answer(request, carts.view(owner, request.language()));
    }
}
