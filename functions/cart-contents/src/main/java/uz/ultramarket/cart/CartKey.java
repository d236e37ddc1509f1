package uz.ultramarket.cart;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Whose cart: a guest's, reached only with its server-issued id, or a signed-in customer's, reached only with their
 * access token. The two never share a key, so no cart id reaches a customer's cart.
 */
public sealed interface CartKey {

    /** The table's partition key. */
    String pk();

    /** A guest cart: {@code cartId} is 192 random bits, base64url (32 characters). */
    record Guest(String cartId) implements CartKey {
        private static final SecureRandom RANDOM = new SecureRandom();
        private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{32}");

        public Guest {
            if (!isWellFormed(cartId)) throw new IllegalArgumentException("not a cart id");
        }

        public static Guest issue() {
            return new Guest(newId());
        }

        public static boolean isWellFormed(String cartId) {
            return cartId != null && FORMAT.matcher(cartId).matches();
        }

        @Override
        public String pk() {
            return "guest#" + cartId;
        }
    }

    /** A customer's cart, kept as long as the account. */
    record Customer(String userId) implements CartKey {
        @Override
        public String pk() {
            return "customer#" + userId;
        }
    }

    /** A new unguessable id: 24 bytes from SecureRandom (unique across SnapStart clones, unlike a seeded Random). */
    static String newId() {
        byte[] bytes = new byte[24];
        Guest.RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
