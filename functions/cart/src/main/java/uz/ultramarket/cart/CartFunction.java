package uz.ultramarket.cart;

import java.util.Optional;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/**
 * What every cart handler has: the token verifier, the cart rules, how a request names its cart, and how an answer
 * names a guest cart back.
 */
public abstract class CartFunction extends HttpFunction {

    public static final String CART_ID_HEADER = "X-Cart-Id";

    protected final AccessTokenVerifier verifier;
    protected final CartService carts;

    protected CartFunction(AccessTokenVerifier verifier, CartService carts, long maxBodyBytes) {
        super(maxBodyBytes);
        this.verifier = verifier;
        this.carts = carts;
    }

    /**
     * Whose cart: a request with {@code Authorization} is the signed-in customer's (401 if the token is not valid: a
     * bad token never falls back to a guest cart); otherwise the guest cart of {@code X-Cart-Id}; otherwise nobody's.
     */
    protected Optional<CartKey> owner(HttpRequest request) {
        if (request.header("authorization").isPresent()) return Optional.of(customer(request));
        return guest(request).map(CartKey.class::cast);
    }

    /** The signed-in customer; 401 without a valid access token. */
    protected CartKey.Customer customer(HttpRequest request) {
        return new CartKey.Customer(verifier.authenticate(request).userId());
    }

    /** The guest cart {@code X-Cart-Id} names, if the header is there; 400 when it is not a cart id we issue. */
    protected static Optional<CartKey.Guest> guest(HttpRequest request) {
        var header = request.header(CART_ID_HEADER).map(String::strip).filter(value -> !value.isEmpty());
        if (header.isEmpty()) return Optional.empty();
        if (!CartKey.Guest.isWellFormed(header.get())) {
            throw ApiException.badRequest("The X-Cart-Id header is not a cart id: send the id a cart answer gave you.",
                    new FieldError(CART_ID_HEADER, "must be the 32-character id of a cart"));
        }
        return Optional.of(new CartKey.Guest(header.get()));
    }

    /** A SKU code as a path names it: 1–64 characters (the catalog's codes are 3–64, A–Z, 0–9 and '-'). */
    protected static String skuCode(String value) {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw ApiException.badRequest("A SKU code is 1 to 64 characters long.", new FieldError("sku", "must be 1 to 64 characters"));
        }
        return value.strip();
    }

    /** 200 with the cart; a guest cart's id also in {@code X-Cart-Id}, as the shopper must send it back. */
    protected static HttpResponse answer(HttpRequest request, CartView cart) {
        var response = HttpResponse.ok(cart);
        boolean signedIn = request.header("authorization").isPresent();
        return signedIn || cart.id().isEmpty() ? response : response.withHeader(CART_ID_HEADER, cart.id().get());
    }
}
