package uz.ultramarket.orders.admin;

import java.util.Map;
import java.util.Optional;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.http.QueryFields;
import uz.ultramarket.core.http.JsonFields;
import uz.ultramarket.orders.Order;

/**
 * Staff's orders (manager or admin): {@code GET /api/admin/orders}, {@code GET /api/admin/orders.csv},
 * {@code GET /api/admin/orders/{number}}, {@code POST /api/admin/orders/{number}/actions}. See docs/admin-api.md.
 */
public final class AdminOrdersHandler extends HttpFunction {

    private final AccessTokenVerifier verifier;
    private final AdminOrders orders;

    public AdminOrdersHandler() { this(DaggerAdminOrdersComponent.create()); }

    private AdminOrdersHandler(AdminOrdersComponent component) { this(component.verifier(), component.adminOrders()); }

    public AdminOrdersHandler(AccessTokenVerifier verifier, AdminOrders orders) {
        super(4 * 1024);
        this.verifier = verifier;
        this.orders = orders;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var caller = verifier.authenticate(request).require(Role.MANAGER);
        return switch (request.routeKey()) {
            case "GET /api/admin/orders" -> {
                var page = orders.list(OrderFilter.of(request, orders.today()), limit(request), request.query("cursor").filter(c -> !c.isBlank()));
                yield HttpResponse.ok(Map.of("items", page.orders().stream().map(AdminOrderView.Row::of).toList(),
                        "nextCursor", page.nextCursor()));
            }
            case "GET /api/admin/orders.csv" -> HttpResponse.text(200, "text/csv; charset=utf-8", orders.export(OrderFilter.of(request, orders.today())))
                    .withHeader("Content-Disposition", "attachment; filename=\"orders-" + orders.today() + ".csv\"");
            case "GET /api/admin/orders/{number}" -> HttpResponse.ok(view(orders.get(request.pathParam("number")), request));
            case "POST /api/admin/orders/{number}/actions" ->
                    HttpResponse.ok(view(orders.take(caller, request.pathParam("number"), step(request)), request));
            default -> throw new IllegalStateException("no route " + request.routeKey());
        };
    }

    private AdminOrderView view(Order order, HttpRequest request) {
        return orders.view(order, request.language());
    }

    private static AdminOrders.Step step(HttpRequest request) {
        var fields = JsonFields.of(request, "action", "version", "carrier", "trackingNumber");
        var action = fields.choice("action", true, StaffAction::of, StaffAction.CHOICES);
        var version = fields.integer("version", true, 1, Integer.MAX_VALUE);
        Optional<Order.Shipment> shipment = Optional.empty();
        if (action.filter(a -> a == StaffAction.SHIP).isPresent()) {
            var carrier = fields.text("carrier", true, 2, 60);
            var tracking = fields.text("trackingNumber", true, 4, 40);
            tracking.filter(t -> !t.matches("[A-Za-z0-9-]+")).ifPresent(t -> fields.error("trackingNumber", "only letters, digits and dashes"));
            if (carrier.isPresent() && tracking.isPresent()) shipment = Optional.of(new Order.Shipment(carrier.get(), tracking.get()));
        }
        fields.validate();
        return new AdminOrders.Step(action.orElseThrow(), version.orElseThrow(), shipment);
    }

    private static int limit(HttpRequest request) {
        var query = QueryFields.of(request);
        int limit = query.integer("limit", 25, 1, AdminOrders.MAX_PAGE);
        query.validate();
        return limit;
    }
}
