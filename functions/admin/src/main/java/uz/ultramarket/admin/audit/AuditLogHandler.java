package uz.ultramarket.admin.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
        var errors = new ArrayList<FieldError>();
        var to = day(request, "to", errors).orElse(LocalDate.now(ZoneOffset.UTC));
        var from = day(request, "from", errors).orElse(to.minusDays(29));
        if (errors.isEmpty() && from.isAfter(to)) errors.add(new FieldError("from", "must not be after to"));
        int limit = request.query("limit").map(l -> parse(l, errors)).orElse(25);
        if (!errors.isEmpty()) throw ApiException.validation(errors);
        AuditTrail.Page page;
        try {
            page = audit.read(from, to, request.query("actor").filter(a -> !a.isBlank()), limit, request.query("cursor").filter(c -> !c.isBlank()));
        } catch (IllegalArgumentException | java.time.DateTimeException | ArrayIndexOutOfBoundsException e) {
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

    private static int parse(String text, ArrayList<FieldError> errors) {
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= MAX_PAGE) return limit;
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_PAGE));
        return 0;
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
