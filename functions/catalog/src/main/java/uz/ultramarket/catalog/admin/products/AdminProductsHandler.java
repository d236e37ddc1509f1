package uz.ultramarket.catalog.admin.products;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import uz.ultramarket.catalog.admin.ElementFields;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.http.JsonFields;

/**
 * Staff's products (docs/admin-api.md, Products): {@code GET /api/admin/products} (filtered, paged),
 * {@code POST /api/admin/products}, {@code GET}/{@code PUT /api/admin/products/{id}} (PUT only with the version read), and
 * {@code POST /api/admin/product-images} for a presigned upload. Managers and admins only.
 */
public final class AdminProductsHandler extends HttpFunction {

    /** The list's body; {@code nextCursor} is absent on the last page. */
    public record ProductList(List<ProductSummary> items, String nextCursor) {}

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final AccessTokenVerifier verifier;
    private final AdminProductsService products;

    public AdminProductsHandler() {
        this(DaggerAdminProductsComponent.create());
    }

    private AdminProductsHandler(AdminProductsComponent component) {
        this(component.accessTokenVerifier(), component.adminProductsService());
    }

    public AdminProductsHandler(AccessTokenVerifier verifier, AdminProductsService products) {
        this.verifier = verifier;
        this.products = products;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var caller = verifier.authenticate(request).require(Role.MANAGER);
        return switch (request.routeKey()) {
            case "GET /api/admin/products" -> {
                var page = products.list(ProductQuery.parse(request));
                yield HttpResponse.ok(new ProductList(page.items(), page.nextCursor().orElse(null)));
            }
            case "POST /api/admin/products" -> HttpResponse.created(products.create(caller, ProductForm.read(request, false)));
            case "GET /api/admin/products/{id}" -> {
                long id = id(request);
                yield HttpResponse.ok(products.find(id).orElseThrow(() -> ApiException.notFound("There is no product " + id + ".")));
            }
            case "PUT /api/admin/products/{id}" -> {
                long id = id(request);
                yield HttpResponse.ok(products.update(caller, id, ProductForm.read(request, true)));
            }
            case "POST /api/admin/product-images" -> HttpResponse.created(imageUpload(request));
            default -> throw ApiException.notFound("There is no route " + request.routeKey() + " here.");
        };
    }

    private ImageUploads.ImageUpload imageUpload(HttpRequest request) {
        var fields = JsonFields.of(request, "contentType", "size");
        var contentType = fields.choice("contentType", true, type -> {
            if (!ImageUploads.EXTENSIONS.containsKey(type)) throw new IllegalArgumentException(type);
            return type;
        }, "image/jpeg, image/png or image/webp");
        var size = new ElementFields(request.json(JsonNode.class), "", fields).field("size")
                .whole(true, 1, ImageUploads.MAX_BYTES, "the file's size in bytes, from 1 to " + ImageUploads.MAX_BYTES);
        fields.validate();
        return products.imageUpload(contentType.orElseThrow(), size.orElseThrow());
    }

    private static long id(HttpRequest request) {
        String id = request.pathParam("id");
        if (!ID.matcher(id).matches()) throw ApiException.notFound("There is no product '" + id + "'.");
        return Long.parseLong(id);
    }
}
