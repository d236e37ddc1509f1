package uz.ultramarket.catalog.browse.products;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;
import uz.ultramarket.catalog.api.InvalidParameterException;
import uz.ultramarket.catalog.listing.ProductListing;
import uz.ultramarket.catalog.product.AttributeDictionary;
import uz.ultramarket.catalog.product.AttributeFilter;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.catalog.product.ProductPage;
import uz.ultramarket.catalog.search.CatalogSearch;
import uz.ultramarket.catalog.search.SearchQuery;
import uz.ultramarket.core.cache.RecentValues;

/**
 * A product list — browsed, or searched when there is a query — with the facets of everything it matches. Facets
 * describe the whole filter set, not the page, so a filter set's facets are reused for a minute across its pages.
 */
@Singleton
public final class ProductsService {

    /** One page and the facets of the whole filtered set. */
    public record Listing(ProductPage page, Facets facets) {}

    /** How long a filter set's facets are reused: as long as the listing itself may be cached (max-age=60). */
    static final Duration FACETS_AGE = Duration.ofSeconds(60);
    private static final int FACET_SETS_KEPT = 500;

    private record FacetKey(ProductFilters filters, Optional<String> query, Language language) {}

    private final ProductListing listing;
    private final CatalogSearch search;
    private final FacetStore facets;
    // the facets of the filter sets asked for lately, so "show more" and popular listings do not count them again
    private final RecentValues<FacetKey, Facets> recentFacets;

    @Inject
    public ProductsService(ProductListing listing, CatalogSearch search, FacetStore facets, Clock clock) {
        this.listing = listing;
        this.search = search;
        this.facets = facets;
        this.recentFacets = new RecentValues<>(clock, FACETS_AGE, FACET_SETS_KEPT);
    }

    /**
     * @throws InvalidParameterException naming {@code attr.<key>} for an attribute the shop lacks or a value it does not take
     * @throws uz.ultramarket.catalog.product.UnknownCategoryException for an unknown category
     * @throws uz.ultramarket.catalog.product.PageCursor.InvalidCursorException for a cursor of another sort
     */
    public Listing list(ListingQuery request) {
        AttributeDictionary dictionary = facets.dictionary(request.language());
        ProductFilters filters = withAttributes(request.filters(), request.attributes(), dictionary);
        Optional<SearchQuery> query = request.query();
        ProductPage page = query.isPresent()
                ? search.search(query.get(), request.language(), filters, request.sort(), request.cursor(), request.limit())
                : listing.list(filters, request.sort(), request.cursor(), request.limit(), request.language());
        var key = new FacetKey(filters, query.map(SearchQuery::normalized), request.language());
        Facets counted = recentFacets.get(key, () -> {
            if (query.isEmpty()) return facets.facets(filters, dictionary);
            if (query.get().isEmpty()) return Facets.NONE;
            return facets.facets(search.matching(query.get(), filters), filters.category().isPresent(), dictionary);
        });
        return new Listing(page, counted);
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
