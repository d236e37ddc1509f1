package uz.ultramarket.orders.history;

import java.util.Map;
import java.util.Optional;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
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
        Optional<String> text = request.query("limit");
        if (text.isEmpty()) return 20;
        try {
            int limit = Integer.parseInt(text.get().strip());
            if (limit >= 1 && limit <= OrderHistory.MAX_PAGE) return limit;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("The limit is how many orders a page has.",
                new FieldError("limit", "must be a whole number from 1 to " + OrderHistory.MAX_PAGE));
    }
}
