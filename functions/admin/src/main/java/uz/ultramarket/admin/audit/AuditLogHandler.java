package uz.ultramarket.admin.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uz.ultramarket.accounts.addresses.CustomerPhones;
import uz.ultramarket.core.audit.AuditEntry;
import uz.ultramarket.core.audit.AuditTrail;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.http.QueryFields;
import uz.ultramarket.core.phone.Phone;

/**
 * The audit log, read only: {@code GET /api/admin/audit?from&to&actor&limit&cursor} (admins; UTC days, default the last
 * 30), newest first, each actor with their phone. No route writes or changes an entry.
 */
public final class AuditLogHandler extends HttpFunction {

    static final int MAX_PAGE = 100;

    /** One entry as the console shows it. */
    public record Row(String id, Instant at, Actor actor, String action, String target, Optional<JsonNode> before, Optional<JsonNode> after) {}

    public record Actor(String id, String role, Optional<String> phone) {}

    private final AccessTokenVerifier verifier;
    private final AuditTrail audit;
    private final CustomerPhones phones;

    public AuditLogHandler() { this(DaggerAuditLogComponent.create()); }

    private AuditLogHandler(AuditLogComponent component) { this(component.verifier(), component.audit(), component.phones()); }

    public AuditLogHandler(AccessTokenVerifier verifier, AuditTrail audit, CustomerPhones phones) {
        this.verifier = verifier;
        this.audit = audit;
        this.phones = phones;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        verifier.authenticate(request).require(Role.ADMIN);
        var query = QueryFields.of(request);
        var days = query.days(LocalDate.now(ZoneOffset.UTC), 30, 3 * 366);
        int limit = query.integer("limit", 25, 1, MAX_PAGE);
        query.validate();
        AuditTrail.Page page;
        try {
            page = audit.read(days.from(), days.to(), query.text("actor"), limit, query.text("cursor"));
        } catch (AuditTrail.BadCursorException e) {
            throw ApiException.badRequest("The cursor is not one this list gave.", new FieldError("cursor", "use the nextCursor of the previous page"));
        }
        var known = new HashMap<String, Optional<String>>();
        var rows = page.items().stream().map(e -> row(e, known)).toList();
        return HttpResponse.ok(Map.of("items", rows, "nextCursor", page.nextCursor()));
    }

    private Row row(AuditEntry entry, Map<String, Optional<String>> known) {
        var phone = known.computeIfAbsent(entry.actorId(), id -> phones.of(id).map(Phone::value));
        return new Row(entry.id(), entry.at(), new Actor(entry.actorId(), entry.actorRole(), phone), entry.action(), entry.target(),
                entry.before(), entry.after());
    }
}
