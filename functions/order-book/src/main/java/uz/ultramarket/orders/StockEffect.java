package uz.ultramarket.orders;

/** What a step of the life cycle does to the stock the order holds in the catalog. */
public enum StockEffect {
    NONE,
    /** The reserved units leave on-hand: the order is paid or confirmed. */
    TAKE,
    /** The reserved units become sellable again: the order ends before it took them. */
    RELEASE,
    /** The taken units go back on hand: the order ends after taking them, before they left the warehouse. */
    RESTOCK
}
