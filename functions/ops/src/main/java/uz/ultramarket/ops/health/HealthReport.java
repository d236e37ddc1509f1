package uz.ultramarket.ops.health;

import java.time.Instant;
import java.util.List;

/** The answer of {@code GET /api/health}: {@code up} only when every component is; {@code down} names the rest. */
public record HealthReport(String status, Instant checkedAt, List<ComponentCheck> checks, List<String> down) {

    static HealthReport of(Instant checkedAt, List<ComponentCheck> checks) {
        var down = checks.stream().filter(c -> !c.isUp()).map(ComponentCheck::component).toList();
        return new HealthReport(down.isEmpty() ? "up" : "down", checkedAt, List.copyOf(checks), down);
    }

    public boolean allUp() { return down.isEmpty(); }
}
