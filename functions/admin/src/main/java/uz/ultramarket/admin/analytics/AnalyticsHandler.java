package uz.ultramarket.admin.analytics;

import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.http.QueryFields;

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
        var query = QueryFields.of(request);
        var days = query.days(analytics.today(), 30, Analytics.MAX_DAYS);
        query.validate();
        return HttpResponse.ok(analytics.between(days.from(), days.to()));
    }
}
