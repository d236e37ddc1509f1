package uz.ultramarket.catalog.api;

/** A request parameter a catalog service refuses once it knows the catalog (an attribute key or value); answered 400. */
public final class InvalidParameterException extends IllegalArgumentException {

    private final String field;

    public InvalidParameterException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
