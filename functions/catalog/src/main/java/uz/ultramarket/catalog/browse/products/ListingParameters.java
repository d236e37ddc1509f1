package uz.ultramarket.catalog.browse.products;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uz.ultramarket.catalog.api.CatalogHttp;
import uz.ultramarket.catalog.product.Limits;
import uz.ultramarket.catalog.product.PageCursor;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.catalog.product.ProductSort;
import uz.ultramarket.catalog.search.InvalidQueryException;
import uz.ultramarket.catalog.search.SearchQuery;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.money.Money;

/**
 * The query string of {@code GET /api/products} as a {@link ListingQuery}: every bad parameter is collected and
 * answered together as one 400 naming each field. Unknown parameters are ignored.
 */
final class ListingParameters {

    static final int DEFAULT_LIMIT = 24;
    static final String ATTRIBUTE_PREFIX = "attr.";
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[a-z][a-z0-9_]*");

    private ListingParameters() {}

    static ListingQuery parse(HttpRequest request) {
        var errors = new ArrayList<FieldError>();

        Optional<SearchQuery> query = Optional.empty();
        Optional<String> q = request.query("q");
        if (q.isPresent() && !q.get().isBlank()) {
            try {
                query = Optional.of(SearchQuery.parse(q.get()));
            } catch (InvalidQueryException e) {
                errors.add(new FieldError("q", e.reason()));
            }
        }
        boolean searching = q.isPresent() && !q.get().isBlank();

        ProductSort sort = searching ? ProductSort.RELEVANCE : ProductSort.POPULARITY;
        Optional<String> sortCode = request.query("sort");
        if (sortCode.isPresent()) {
            try {
                sort = ProductSort.of(sortCode.get());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("sort", e.getMessage()));
            }
        }

        int limit = DEFAULT_LIMIT;
        Optional<String> limitText = request.query("limit");
        if (limitText.isPresent()) {
            try {
                limit = Limits.pageSize(Integer.parseInt(limitText.get().strip()));
            } catch (NumberFormatException e) {
                errors.add(new FieldError("limit", "must be a whole number between 1 and " + Limits.MAX_PAGE_SIZE
                        + ", but is '" + limitText.get() + "'"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("limit", e.getMessage()));
            }
        }

        Optional<String> cursor = request.query("cursor");
        if (cursor.isPresent()) {
            // a plain listing pages by popularity when asked for relevance, and so do its cursors
            ProductSort pagedBy = !searching && sort == ProductSort.RELEVANCE ? ProductSort.POPULARITY : sort;
            try {
                PageCursor.decode(cursor.get(), pagedBy);
            } catch (PageCursor.InvalidCursorException e) {
                errors.add(new FieldError("cursor", e.getMessage()));
            }
        }

        Optional<Money> minPrice = price(request, "minPrice", errors);
        Optional<Money> maxPrice = price(request, "maxPrice", errors);
        if (minPrice.isPresent() && maxPrice.isPresent() && minPrice.get().compareTo(maxPrice.get()) > 0) {
            errors.add(new FieldError("minPrice", "must not be above maxPrice (" + maxPrice.get().tiyin() + ")"));
        }

        boolean inStock = false;
        Optional<String> inStockText = request.query("inStock");
        if (inStockText.isPresent()) {
            switch (inStockText.get()) {
                case "true" -> inStock = true;
                case "false" -> inStock = false;
                default -> errors.add(new FieldError("inStock", "must be true or false, but is '" + inStockText.get() + "'"));
            }
        }

        Optional<String> category = request.query("category").filter(c -> !c.isBlank());
        List<String> brands = request.query().getOrDefault("brand", List.of()).stream().filter(b -> !b.isBlank()).toList();

        var attributes = new LinkedHashMap<String, List<String>>();
        for (Map.Entry<String, List<String>> parameter : request.query().entrySet()) {
            if (!parameter.getKey().startsWith(ATTRIBUTE_PREFIX)) continue;
            String key = parameter.getKey().substring(ATTRIBUTE_PREFIX.length());
            List<String> values = parameter.getValue().stream().filter(v -> !v.isBlank()).toList();
            if (!ATTRIBUTE_KEY.matcher(key).matches()) {
                errors.add(new FieldError(parameter.getKey(), "is not an attribute of this shop"));
            } else if (values.isEmpty()) {
                errors.add(new FieldError(parameter.getKey(), "needs a value"));
            } else {
                attributes.put(key, values);
            }
        }

        if (!errors.isEmpty()) throw ApiException.validation(errors);
        var filters = new ProductFilters(category, brands, minPrice, maxPrice, inStock, List.of());
        return new ListingQuery(filters, attributes, query,
                sort, cursor, limit, CatalogHttp.language(request));
    }

    private static Optional<Money> price(HttpRequest request, String name, List<FieldError> errors) {
        Optional<String> text = request.query(name);
        if (text.isEmpty()) return Optional.empty();
        try {
            long tiyin = Long.parseLong(text.get().strip());
            if (tiyin < 0) {
                errors.add(new FieldError(name, "must not be negative, but is " + tiyin));
                return Optional.empty();
            }
            return Optional.of(Money.ofTiyin(tiyin));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number of tiyin (1 so'm = 100 tiyin), but is '" + text.get() + "'"));
            return Optional.empty();
        }
    }
}
