package uz.ultramarket.catalog.skus;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What another context (the cart, checkout) may ask of the catalog, and nothing more: the catalog keeps its tables,
 * search and listings to itself. {@link PostgresSkuCatalog} answers over the catalog database.
 */
public interface SkuCatalog {

    /**
     * The SKUs of {@code codes} as sold now, in one query, names in {@code language} ({@code uz}, {@code ru} or
     * {@code en}); a code the catalog does not know is absent from the map.
     */
    Map<String, SkuOffer> lookUp(Collection<String> codes, String language);

    /**
     * Holds {@code quantities} (SKU code → units) for {@code reservationId} (the holder's key, e.g. an order number):
     * every line or none, never more than can be sold. Reserving again under the same id changes nothing and answers
     * {@link Reservation.Reserved}.
     */
    Reservation reserve(String reservationId, Map<String, Integer> quantities);

    /** Gives back what {@code reservationId} holds; false when it holds nothing (never reserved, or released already). */
    boolean release(String reservationId);

    /** The outcome of {@link #reserve}. */
    sealed interface Reservation {
        /** Every line is held. */
        record Reserved() implements Reservation {}

        /** Nothing is held: these lines want more than can be sold. */
        record Short(List<Shortage> shortages) implements Reservation {
            public Short {
                shortages = List.copyOf(shortages);
            }
        }
    }

    /** A line that cannot be held: {@code sellable} units of {@code sku} can be sold (0 for an unknown SKU). */
    record Shortage(String sku, int requested, int sellable) {}
}
