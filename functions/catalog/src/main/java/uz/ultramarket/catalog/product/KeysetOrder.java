package uz.ultramarket.catalog.product;

/**
 * How one sort reads in SQL over {@code product p}: the key selected as {@code sort_key}, the ORDER BY (always ending
 * in the id, so ties have an order too), and the condition for "after the cursor's row". Each matches an index of
 * V2__catalog.sql, price descending by reading the price index backwards. Relevance exists only in a search, which
 * reads its scored candidates as {@code p}, each with its {@code p.rank}.
 */
public record KeysetOrder(String key, String orderBy, String after) {

    public static KeysetOrder of(ProductSort sort) {
        return switch (sort) {
            case RELEVANCE -> new KeysetOrder("p.rank", "p.rank DESC, p.id DESC", "(p.rank, p.id) < (?, ?)");
            case POPULARITY -> new KeysetOrder("p.popularity::bigint", "p.popularity DESC, p.id DESC",
                    "(p.popularity, p.id) < (?::integer, ?)");
            case PRICE_ASC -> new KeysetOrder("p.price_min", "p.price_min, p.id", "(p.price_min, p.id) > (?, ?)");
            case PRICE_DESC -> new KeysetOrder("p.price_min", "p.price_min DESC, p.id DESC", "(p.price_min, p.id) < (?, ?)");
            // microseconds since the epoch: exactly what timestamptz stores, so the cursor loses nothing
            case NEWEST -> new KeysetOrder("(extract(epoch FROM p.created_at) * 1000000)::bigint",
                    "p.created_at DESC, p.id DESC",
                    "(p.created_at, p.id) < (timestamptz 'epoch' + ? * interval '1 microsecond', ?)");
        };
    }
}
