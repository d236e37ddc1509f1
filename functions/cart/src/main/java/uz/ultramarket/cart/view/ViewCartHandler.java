package uz.ultramarket.cart.view;

import uz.ultramarket.cart.CartRequests;
import uz.ultramarket.cart.CartService;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** {@code GET /api/cart}: the signed-in customer's cart, else the guest cart of {@code X-Cart-Id}, priced now. */
public final class ViewCartHandler extends HttpFunction {

    private final AccessTokenVerifier verifier;
    private final CartService carts;

    public ViewCartHandler() { this(DaggerViewCartComponent.create()); }

    private ViewCartHandler(ViewCartComponent component) { this(component.verifier(), component.cartService()); }

    public ViewCartHandler(AccessTokenVerifier verifier, CartService carts) {
        super(0);
        this.verifier = verifier;
        this.carts = carts;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var owner = CartRequests.owner(request, verifier);
        return CartRequests.answer(carts.view(owner, request.language()), request.header("authorization").isPresent());
    }
}
