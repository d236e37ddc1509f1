package uz.ultramarket.catalog.api;

import java.util.List;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.product.PageCursor;
import uz.ultramarket.catalog.product.UnknownCategoryException;
import uz.ultramarket.catalog.search.InvalidQueryException;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** What every catalog handler shares: the request's language, cacheable answers, and the catalog's errors as problems. */
public final class CatalogHttp {

    /** Catalog answers are the same for every shopper: browsers and CloudFront may reuse them for a minute. */
    public static final String CACHE_CONTROL = "public, max-age=60";
    /** ...but each language is its own answer: a cache must not hand the Russian page to an Uzbek reader. */
    public static final String VARY = "Accept-Language";

    private CatalogHttp() {}

    public static Language language(HttpRequest request) {
        return Language.of(request.language());
    }

    public static HttpResponse cacheable(Object body) {
        return HttpResponse.ok(body).withHeader("Cache-Control", CACHE_CONTROL).withHeader("Vary", VARY);
    }

    /**
     * The catalog's own errors as the API answers them: an unknown category 404, a bad query, cursor or parameter 400
     * naming it. Anything else is returned unchanged, for the adapter to answer 500.
     */
    public static RuntimeException translate(RuntimeException e) {
        if (e instanceof ApiException api) return api;
        if (e instanceof UnknownCategoryException) return ApiException.notFound(e.getMessage());
        if (e instanceof InvalidQueryException query) return invalid("q", query.reason());
        if (e instanceof PageCursor.InvalidCursorException cursor) return invalid("cursor", cursor.getMessage());
        if (e instanceof InvalidParameterException parameter) return invalid(parameter.field(), parameter.reason());
        return e;
    }

    private static ApiException invalid(String field, String reason) {
        return ApiException.validation(List.of(new FieldError(field, reason)));
    }
}
