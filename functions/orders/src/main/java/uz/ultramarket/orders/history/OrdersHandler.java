package uz.ultramarket.orders.history;

import java.util.Map;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.http.QueryFields;
import uz.ultramarket.orders.OrderView;

/**
 * The signed-in customer's orders: {@code GET /api/orders?limit=&cursor=} (newest first), {@code GET /api/orders/{number}},
 * {@code POST /api/orders/{number}/cancel}.
 */
public final class OrdersHandler extends HttpFunction {

    private final AccessTokenVerifier verifier;
    private final OrderHistory history;

    public OrdersHandler() { this(DaggerOrdersComponent.create()); }

    private OrdersHandler(OrdersComponent component) { this(component.verifier(), component.orderHistory()); }

    public OrdersHandler(AccessTokenVerifier verifier, OrderHistory history) {
        super(1024);
        this.verifier = verifier;
        this.history = history;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var caller = verifier.authenticate(request);
        return switch (request.routeKey()) {
            case "GET /api/orders" -> {
                var page = history.list(caller, limit(request), request.query("cursor").filter(c -> !c.isBlank()));
                yield HttpResponse.ok(Map.of("items", page.orders().stream().map(OrderView.Summary::of).toList(),
                        "nextCursor", page.nextCursor()));
            }
            case "GET /api/orders/{number}" -> HttpResponse.ok(OrderView.of(history.get(caller, request.pathParam("number")), request.language()));
            case "POST /api/orders/{number}/cancel" ->
                    HttpResponse.ok(OrderView.of(history.cancel(caller, request.pathParam("number")), request.language()));
            default -> throw new IllegalStateException("no route " + request.routeKey());
        };
    }

    private static int limit(HttpRequest request) {
        var query = QueryFields.of(request);
        int limit = query.integer("limit", 20, 1, OrderHistory.MAX_PAGE);
        query.validate();
        return limit;
    }
}
