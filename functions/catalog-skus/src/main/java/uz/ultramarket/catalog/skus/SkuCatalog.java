package uz.ultramarket.catalog.skus;

import java.time.Instant;
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
     * every line or none, never more than can be sold. Reserving again under an id whose stock is held, taken or
     * returned changes nothing and answers {@link Reservation.Reserved}, so a retried checkout cannot hold twice.
     */
    Reservation reserve(String reservationId, Map<String, Integer> quantities);

    /**
     * Gives back what {@code reservationId} still holds, for an order cancelled or expired before it was paid; false
     * when it holds nothing (never reserved, released already, or taken: taken stock comes back by {@link #restock}).
     */
    boolean release(String reservationId);

    /**
     * Takes what {@code reservationId} holds out of stock on hand, when its order is paid or confirmed, so the units
     * are sold for good; true once, false when it holds nothing (taken already, released, or never reserved).
     */
    boolean take(String reservationId);

    /**
     * Puts what {@code reservationId} took back on hand, when its order is cancelled or refunded before it ships;
     * true once, false when nothing of it is taken (never taken, or restocked already).
     */
    boolean restock(String reservationId);

    /**
     * Up to {@code limit} reservations still holding stock reserved from {@code from} until before {@code before}, oldest
     * first: for the sweep that releases holds whose order was never written (a window, so long-held cash orders are not
     * looked at again every run).
     */
    List<String> heldBetween(Instant from, Instant before, int limit);

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
