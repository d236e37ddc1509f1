package uz.ultramarket.cart;

import java.util.Optional;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** What every cart handler has: the token verifier, the cart rules, and how a request names its cart and gets it back. */
public abstract class CartFunction extends HttpFunction {

    protected final AccessTokenVerifier verifier;
    protected final CartService carts;

    protected CartFunction(AccessTokenVerifier verifier, CartService carts, long maxBodyBytes) {
        super(maxBodyBytes);
        this.verifier = verifier;
        this.carts = carts;
    }

    /** Whose cart the request names (see {@link CartRequests#owner}). */
    protected Optional<CartKey> owner(HttpRequest request) {
        return CartRequests.owner(request, verifier);
    }

    /** 200 with the cart; a guest's cart id also in {@code X-Cart-Id}. */
    protected static HttpResponse answer(HttpRequest request, CartView cart) {
        return CartRequests.answer(cart, request.header("authorization").isPresent());
    }
}
