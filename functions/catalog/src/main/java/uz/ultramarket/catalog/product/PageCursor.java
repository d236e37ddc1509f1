package uz.ultramarket.catalog.product;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page starts: the last product's sort key and id, for keyset pagination (no OFFSET, so page 100 costs
 * what page 1 does). Opaque to clients; it is only valid for the sort it was made with.
 *
 * @param key the sort value: relevance score in millionths, popularity, price in tiyin or creation time in microseconds
 */
public record PageCursor(ProductSort sort, long key, long id) {

    public String encode() {
        String plain = sort.code() + ":" + key + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidCursorException unless {@code encoded} is a cursor this shop made for {@code sort} */
    public static PageCursor decode(String encoded, ProductSort sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3) throw new InvalidCursorException("is not a cursor this shop made");
            if (!parts[0].equals(sort.code())) {
                throw new InvalidCursorException("belongs to another sort order; start again without it");
            }
            return new PageCursor(sort, Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidCursorException invalid) throw invalid;
            throw new InvalidCursorException("is not a cursor this shop made");
        }
    }

    /** A cursor the API answers 400 for, naming the {@code cursor} parameter. */
    public static final class InvalidCursorException extends IllegalArgumentException {
        public InvalidCursorException(String reason) {
            super(reason);
        }
    }
}
