package uz.ultramarket.catalog.browse.products;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import uz.ultramarket.catalog.api.CardView;
import uz.ultramarket.catalog.api.CatalogHttp;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/**
 * {@code GET /api/products}: filter, search, sort and page the catalog, with facets of everything that matches.
 * Parameters: {@code category}, {@code brand} (repeatable), {@code minPrice}/{@code maxPrice} (tiyin), {@code inStock},
 * {@code attr.<key>} (repeatable), {@code q}, {@code sort}, {@code cursor}, {@code limit}.
 */
public final class ProductsHandler extends HttpFunction {

    /** The response body; {@code nextCursor} is null on the last page. */
    public record Page(List<CardView> items, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor, Facets facets) {}

    private final ProductsService products;

    public ProductsHandler() { this(DaggerProductsComponent.create().productsService()); }

    public ProductsHandler(ProductsService products) { this.products = products; }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        try {
            var listing = products.list(ListingParameters.parse(request));
            return CatalogHttp.cacheable(new Page(listing.page().products().stream().map(CardView::of).toList(),
                    listing.page().nextCursor().orElse(null), listing.facets()));
        } catch (RuntimeException e) {
            throw CatalogHttp.translate(e);
        }
    }
}
