package uz.ultramarket.catalog.browse.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import uz.ultramarket.catalog.api.InvalidParameterException;
import uz.ultramarket.catalog.listing.ProductListing;
import uz.ultramarket.catalog.product.AttributeDictionary;
import uz.ultramarket.catalog.product.AttributeFilter;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.catalog.product.ProductPage;
import uz.ultramarket.catalog.search.CatalogSearch;

/** A product list — browsed, or searched when there is a query — with the facets of everything it matches. */
public final class ProductsService {

    /** One page and the facets of the whole filtered set. */
    public record Listing(ProductPage page, Facets facets) {}

    private final ProductListing listing;
    private final CatalogSearch search;
    private final FacetStore facets;

    @Inject
    public ProductsService(ProductListing listing, CatalogSearch search, FacetStore facets) {
        this.listing = listing;
        this.search = search;
        this.facets = facets;
    }

    /**
     * @throws InvalidParameterException naming {@code attr.<key>} for an attribute the shop lacks or a value it does not take
     * @throws uz.ultramarket.catalog.product.UnknownCategoryException for an unknown category
     * @throws uz.ultramarket.catalog.product.PageCursor.InvalidCursorException for a cursor of another sort
     */
    public Listing list(ListingQuery request) {
        AttributeDictionary dictionary = facets.dictionary(request.language());
        ProductFilters filters = withAttributes(request.filters(), request.attributes(), dictionary);
        if (request.query().isPresent()) {
            var query = request.query().get();
            ProductPage page = search.search(query, request.language(), filters, request.sort(), request.cursor(), request.limit());
            return new Listing(page, facets.facets(filters, Optional.of(search.matchingIds(query, filters)), dictionary));
        }
        ProductPage page = listing.list(filters, request.sort(), request.cursor(), request.limit(), request.language());
        return new Listing(page, facets.facets(filters, Optional.empty(), dictionary));
    }

    private static ProductFilters withAttributes(ProductFilters filters, Map<String, List<String>> attributes,
                                                 AttributeDictionary dictionary) {
        ProductFilters result = filters;
        for (var entry : attributes.entrySet()) {
            String field = ListingParameters.ATTRIBUTE_PREFIX + entry.getKey();
            var values = new ArrayList<Object>();
            for (String raw : entry.getValue()) {
                try {
                    values.add(dictionary.typed(entry.getKey(), raw));
                } catch (IllegalArgumentException e) {
                    throw new InvalidParameterException(field, e.getMessage());
                }
            }
            result = result.with(new AttributeFilter(entry.getKey(), values));
        }
        return result;
    }
}
