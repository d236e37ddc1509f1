package uz.ultramarket.ops.health;

import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** {@code GET /api/health}: 200 when DynamoDB, PostgreSQL, SNS and SQS all answer, 503 naming those that don't. */
public final class HealthHandler extends HttpFunction {
    private final HealthService health;

    public HealthHandler() { this(DaggerHealthComponent.create().healthService()); }

    public HealthHandler(HealthService health) { this.health = health; }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var report = health.check();
        return HttpResponse.json(report.allUp() ? 200 : 503, report).withHeader("Cache-Control", "no-store");
    }
}
