package uz.ultramarket.orders.admin.delivery;

import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.http.JsonFields;

/** The admin's delivery settings: {@code GET} and {@code PUT /api/admin/delivery} (admins only). See docs/admin-api.md. */
public final class AdminDeliveryHandler extends HttpFunction {

    private final AccessTokenVerifier verifier;
    private final AdminDelivery delivery;

    public AdminDeliveryHandler() { this(DaggerAdminDeliveryComponent.create()); }

    private AdminDeliveryHandler(AdminDeliveryComponent component) { this(component.verifier(), component.adminDelivery()); }

    public AdminDeliveryHandler(AccessTokenVerifier verifier, AdminDelivery delivery) {
        super(256 * 1024);
        this.verifier = verifier;
        this.delivery = delivery;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var caller = verifier.authenticate(request).require(Role.ADMIN);
        return switch (request.routeKey()) {
            case "GET /api/admin/delivery" -> HttpResponse.ok(delivery.current());
            case "PUT /api/admin/delivery" -> HttpResponse.ok(delivery.save(caller, AdminDelivery.read(JsonFields.of(request,
                    "version", "freeFrom", "rates", "pickupPoints"))));
            default -> throw new IllegalStateException("no route " + request.routeKey());
        };
    }
}
