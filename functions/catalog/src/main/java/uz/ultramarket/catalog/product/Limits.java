package uz.ultramarket.catalog.product;

/** How many products one page may hold. */
public final class Limits {

    public static final int MAX_PAGE_SIZE = 100;

    private Limits() {}

    /** @throws IllegalArgumentException outside 1..{@value #MAX_PAGE_SIZE} */
    public static int pageSize(int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("must be between 1 and " + MAX_PAGE_SIZE + ", but is " + limit);
        }
        return limit;
    }
}
