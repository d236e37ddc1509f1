package uz.ultramarket.catalog.search;

/** A search query the shop refuses; the API answers 400 naming the query parameter, with this reason. */
public final class InvalidQueryException extends IllegalArgumentException {

    public InvalidQueryException(String reason) {
        super(reason);
    }

    /** Why, phrased to follow the parameter's name: "q must be at most 200 characters, …". */
    public String reason() {
        return getMessage();
    }
}
