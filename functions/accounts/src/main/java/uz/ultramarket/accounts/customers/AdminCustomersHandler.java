package uz.ultramarket.accounts.customers;

import java.util.Optional;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.http.JsonFields;

/**
 * The admin console's customers (admins only): {@code GET /api/admin/customers?q&limit&cursor},
 * {@code GET /api/admin/customers/{id}} (with addresses), {@code PUT /api/admin/customers/{id}/blocked}
 * {@code {"blocked": true|false}}, {@code PUT /api/admin/customers/{id}/role} {@code {"role": "customer|manager|admin"}}.
 */
public final class AdminCustomersHandler extends HttpFunction {
    private static final int MAX_QUERY = 100;

    private final AccessTokenVerifier verifier;
    private final AdminCustomersService customers;

    public AdminCustomersHandler() { this(DaggerAdminCustomersComponent.create()); }

    private AdminCustomersHandler(AdminCustomersComponent component) { this(component.verifier(), component.customers()); }

    public AdminCustomersHandler(AccessTokenVerifier verifier, AdminCustomersService customers) {
        super(1024);
        this.verifier = verifier;
        this.customers = customers;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        // who asks comes before anything they send is read
        var admin = verifier.authenticate(request).require(Role.ADMIN);
        return switch (request.routeKey()) {
            case "GET /api/admin/customers" ->
                    HttpResponse.ok(customers.search(query(request), limit(request), request.query("cursor").filter(c -> !c.isBlank())));
            case "GET /api/admin/customers/{id}" -> HttpResponse.ok(customers.get(request.pathParam("id")));
            case "PUT /api/admin/customers/{id}/blocked" -> {
                var body = JsonFields.of(request, "blocked");
                var blocked = body.bool("blocked", true);
                body.validate();
                yield HttpResponse.ok(customers.setBlocked(admin, request.pathParam("id"), blocked.orElseThrow()));
            }
            case "PUT /api/admin/customers/{id}/role" -> {
                var body = JsonFields.of(request, "role");
                var role = body.choice("role", true, Role::of, "one of customer, manager, admin");
                body.validate();
                yield HttpResponse.ok(customers.setRole(admin, request.pathParam("id"), role.orElseThrow()));
            }
            default -> throw new IllegalStateException("no route " + request.routeKey());
        };
    }

    private static Optional<String> query(HttpRequest request) {
        var q = request.query("q").map(String::strip).filter(text -> !text.isEmpty());
        if (q.isPresent() && q.get().codePointCount(0, q.get().length()) > MAX_QUERY) {
            throw ApiException.badRequest("The search is too long.", new FieldError("q", "must be at most " + MAX_QUERY + " characters long"));
        }
        return q;
    }

    private static int limit(HttpRequest request) {
        Optional<String> text = request.query("limit");
        if (text.isEmpty()) return AdminCustomersService.DEFAULT_PAGE;
        try {
            int limit = Integer.parseInt(text.get().strip());
            if (limit >= 1 && limit <= AdminCustomersService.MAX_PAGE) return limit;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("The limit is how many customers a page has.",
                new FieldError("limit", "must be a whole number from 1 to " + AdminCustomersService.MAX_PAGE));
    }
}
