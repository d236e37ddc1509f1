package uz.ultramarket.ops.notfound;

import java.util.Set;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.registry.RouteTable;

/**
 * The {@code $default} route: whatever matched no route gets our error model instead of API Gateway's bare
 * {@code {"message":"Not Found"}} — 405 with {@code Allow} when the path exists under another method, else 404.
 */
public final class NotFoundHandler extends HttpFunction {
    private final RouteTable routes;

    public NotFoundHandler() { this(DaggerNotFoundComponent.create().routes()); }

    NotFoundHandler(RouteTable routes) { this.routes = routes; }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        Set<String> allowed = routes.methodsFor(request.path());
        if (allowed.isEmpty()) {
            throw ApiException.notFound("There is no " + request.path() + " in this API; see /api/docs for the routes.");
        }
        throw ApiException.methodNotAllowed(allowed);
    }
}
