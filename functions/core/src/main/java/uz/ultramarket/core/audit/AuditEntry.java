package uz.ultramarket.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * One staff action in the audit log: who (their user id and role then), what ({@code product.update} on
 * {@code product:42}), when, and the record before and after it as JSON (before is absent for a create).
 */
public record AuditEntry(String id, Instant at, String actorId, String actorRole, String action, String target,
                         Optional<JsonNode> before, Optional<JsonNode> after) {
    public AuditEntry {
        before = before == null ? Optional.empty() : before;
        after = after == null ? Optional.empty() : after;
    }
}
