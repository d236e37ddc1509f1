package uz.ultramarket.catalog.browse.products;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.catalog.product.ProductSort;
import uz.ultramarket.catalog.search.SearchQuery;

/**
 * A product list request, checked and typed except for attribute values, whose type the catalog's attribute
 * definitions decide ({@code attributes}: key → the raw values asked for, any of them).
 *
 * @param filters every filter but the attributes
 * @param query   present when the shopper searched ({@code q})
 */
public record ListingQuery(ProductFilters filters, Map<String, List<String>> attributes, Optional<SearchQuery> query,
                           ProductSort sort, Optional<String> cursor, int limit, Language language) {

    public ListingQuery {
        attributes = Map.copyOf(attributes);
    }
}
