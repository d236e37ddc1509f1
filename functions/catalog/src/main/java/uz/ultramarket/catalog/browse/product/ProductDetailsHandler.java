package uz.ultramarket.catalog.browse.product;

import uz.ultramarket.catalog.api.CatalogHttp;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** {@code GET /api/products/{slug}}: the product page; 404 for an unknown, draft or archived product. */
public final class ProductDetailsHandler extends HttpFunction {

    private final ProductDetailsService products;

    public ProductDetailsHandler() { this(DaggerProductDetailsComponent.create().productDetailsService()); }

    public ProductDetailsHandler(ProductDetailsService products) { this.products = products; }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        String slug = request.pathParam("slug");
        return products.page(slug, CatalogHttp.language(request))
                .map(CatalogHttp::cacheable)
                .orElseThrow(() -> ApiException.notFound("There is no product '" + slug + "'."));
    }
}
