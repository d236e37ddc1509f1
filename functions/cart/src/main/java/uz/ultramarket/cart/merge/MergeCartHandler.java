package uz.ultramarket.cart.merge;

import uz.ultramarket.cart.CartFunction;
import uz.ultramarket.cart.CartService;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/**
 * {@code POST /api/cart/merge} (Bearer + {@code X-Cart-Id}): right after sign-in, the guest cart's lines go into the
 * customer's cart and the guest cart is gone; answers the customer's cart, with what did not fit in its notices.
 */
public final class MergeCartHandler extends CartFunction {

    public MergeCartHandler() { this(DaggerMergeCartComponent.create()); }

    private MergeCartHandler(MergeCartComponent component) { this(component.verifier(), component.cartService()); }

    public MergeCartHandler(AccessTokenVerifier verifier, CartService carts) {
        super(verifier, carts, 1024); // no body is needed; a client's empty {} is let through
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var customer = customer(request);
        var guest = guest(request).orElseThrow(() -> ApiException.badRequest(
                "Name the guest cart to merge in the X-Cart-Id header.",
                new FieldError(CART_ID_HEADER, "is required")));
        return answer(request, carts.merge(customer, guest, request.language()));
    }
}
