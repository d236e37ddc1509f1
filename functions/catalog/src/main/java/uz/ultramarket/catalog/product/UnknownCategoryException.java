package uz.ultramarket.catalog.product;

/** A filter named a category slug the catalog does not have; the API answers 404. */
public final class UnknownCategoryException extends RuntimeException {

    public UnknownCategoryException(String slug) {
        super("There is no category '" + slug + "'.", null, false, false);
    }
}
