package uz.ultramarket.admin.analytics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Optional;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** The dashboard: {@code GET /api/admin/analytics?from&to} (staff; default the last 30 days). See docs/admin-api.md. */
public final class AnalyticsHandler extends HttpFunction {

    private final AccessTokenVerifier verifier;
    private final Analytics analytics;

    public AnalyticsHandler() { this(DaggerAnalyticsComponent.create()); }

    private AnalyticsHandler(AnalyticsComponent component) { this(component.verifier(), component.analytics()); }

    public AnalyticsHandler(AccessTokenVerifier verifier, Analytics analytics) {
        this.verifier = verifier;
        this.analytics = analytics;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        verifier.authenticate(request).require(Role.MANAGER);
        var errors = new ArrayList<FieldError>();
        var to = day(request, "to", errors).orElse(analytics.today());
        var from = day(request, "from", errors).orElse(to.minusDays(29));
        if (errors.isEmpty() && from.isAfter(to)) errors.add(new FieldError("from", "must not be after to"));
        if (errors.isEmpty() && from.plusDays(Analytics.MAX_DAYS).isBefore(to.plusDays(1))) {
            errors.add(new FieldError("from", "the range is at most " + Analytics.MAX_DAYS + " days"));
        }
        if (!errors.isEmpty()) throw ApiException.validation(errors);
        return HttpResponse.ok(analytics.between(from, to));
    }

    private static Optional<LocalDate> day(HttpRequest request, String name, ArrayList<FieldError> errors) {
        var text = request.query(name).map(String::strip).filter(v -> !v.isEmpty());
        if (text.isEmpty()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a day, yyyy-MM-dd"));
            return Optional.empty();
        }
    }
}
