package uz.ultramarket.catalog.admin.stock;

import java.util.List;
import java.util.regex.Pattern;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.http.JsonFields;

/**
 * Staff's stock (docs/admin-api.md, Stock): {@code GET /api/admin/stock/{sku}} and
 * {@code POST /api/admin/stock/{sku}/adjustments} {@code {change, reason, note?}}. Managers and admins only.
 */
public final class AdminStockHandler extends HttpFunction {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,63}");
    private static final List<String> REASONS = List.of("received", "damaged", "correction", "returned");

    private final AccessTokenVerifier verifier;
    private final AdminStockService stock;

    public AdminStockHandler() {
        this(DaggerAdminStockComponent.create());
    }

    private AdminStockHandler(AdminStockComponent component) {
        this(component.accessTokenVerifier(), component.adminStockService());
    }

    public AdminStockHandler(AccessTokenVerifier verifier, AdminStockService stock) {
        this.verifier = verifier;
        this.stock = stock;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var caller = verifier.authenticate(request).require(Role.MANAGER);
        String sku = request.pathParam("sku");
        if (!CODE.matcher(sku).matches()) throw ApiException.notFound("There is no SKU '" + sku + "'.");
        return switch (request.routeKey()) {
            case "GET /api/admin/stock/{sku}" ->
                    HttpResponse.ok(stock.find(sku).orElseThrow(() -> ApiException.notFound("There is no SKU " + sku + ".")));
            case "POST /api/admin/stock/{sku}/adjustments" -> {
                var fields = JsonFields.of(request, "change", "reason", "note");
                var change = fields.integer("change", true, -1_000_000, 1_000_000);
                if (change.isPresent() && change.get() == 0) fields.error("change", "must not be 0");
                var reason = fields.choice("reason", true, r -> {
                    if (!REASONS.contains(r)) throw new IllegalArgumentException(r);
                    return r;
                }, "received, damaged, correction or returned");
                var note = fields.text("note", false, 0, 500);
                fields.validate();
                yield HttpResponse.created(stock.adjust(caller, sku, change.orElseThrow(), reason.orElseThrow(), note.orElse(null)));
            }
            default -> throw ApiException.notFound("There is no route " + request.routeKey() + " here.");
        };
    }
}
