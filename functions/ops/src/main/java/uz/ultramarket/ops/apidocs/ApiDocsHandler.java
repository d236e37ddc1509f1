package uz.ultramarket.ops.apidocs;

import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** {@code GET /api/docs} (a readable page) and {@code GET /api/docs/openapi.yaml} (the OpenAPI 3.1 document). */
public final class ApiDocsHandler extends HttpFunction {
    private final ApiDocument document;

    public ApiDocsHandler() { this(DaggerApiDocsComponent.create().document()); }

    public ApiDocsHandler(ApiDocument document) { this.document = document; }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var response = request.routeKey().equals("GET /api/docs/openapi.yaml")
                ? HttpResponse.text(200, "application/yaml; charset=utf-8", document.yaml())
                : HttpResponse.text(200, "text/html; charset=utf-8", document.page());
        return response.withHeader("Cache-Control", "public, max-age=300");
    }
}
