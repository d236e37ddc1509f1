package uz.ultramarket.catalog.browse.categories;

import java.util.List;
import uz.ultramarket.catalog.api.CatalogHttp;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** {@code GET /api/categories}: the category tree with product counts, names in the request's language. */
public final class CategoriesHandler extends HttpFunction {

    /** The response body. */
    public record Tree(List<CategoryNode> categories) {}

    private final CategoriesService categories;

    public CategoriesHandler() { this(DaggerCategoriesComponent.create().categoriesService()); }

    public CategoriesHandler(CategoriesService categories) { this.categories = categories; }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        return CatalogHttp.cacheable(new Tree(categories.tree(CatalogHttp.language(request))));
    }
}
