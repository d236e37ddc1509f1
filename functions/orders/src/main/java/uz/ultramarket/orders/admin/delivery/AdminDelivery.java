package uz.ultramarket.orders.admin.delivery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.regex.Pattern;
import javax.inject.Inject;
import uz.ultramarket.accounts.addresses.Region;
import uz.ultramarket.core.audit.AuditTrail;
import uz.ultramarket.core.auth.Caller;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.JsonFields;
import uz.ultramarket.orders.delivery.DeliveryMethod;

/**
 * The admin's delivery settings: read whole, saved whole — checked cell by cell (each bad one named, e.g.
 * {@code rates[3].fee}), refused with 409 when someone saved since, and audited. Checkout sees a save within the minute
 * its containers keep the settings.
 */
public final class AdminDelivery {

    private static final Pattern POINT_ID = Pattern.compile("[a-z0-9-]{2,40}");
    private static final int MAX_DAYS = 60;

    private final DeliverySettingsStore store;
    private final AuditTrail audit;

    @Inject
    public AdminDelivery(DeliverySettingsStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    public DeliverySettings current() {
        return store.read();
    }

    public DeliverySettings save(Caller caller, DeliverySettings next) {
        var saved = store.replace(next, next.version()).orElseThrow(() -> ApiException.conflict(
                "Someone saved the delivery settings since you opened them; reload and make your change again.",
                new FieldError("version", "the settings changed since this version")));
        audit.record(caller, "delivery.update", "delivery", saved.before(), saved.after());
        return saved.after();
    }

    /** The settings a PUT body describes; 400 naming every bad cell. */
    public static DeliverySettings read(JsonFields body) {
        var version = body.text("version", true, 1, 64);
        var freeFrom = body.tiyin("freeFrom", true);
        freeFrom.filter(f -> f == 0).ifPresent(f -> body.error("freeFrom", "must be more than 0"));
        var rates = new ArrayList<DeliverySettings.Rate>();
        var seen = new HashSet<String>();
        for (var cell : body.objects("rates", true, 100, "method", "region", "fee", "daysMin", "daysMax")) {
            var method = cell.choice("method", true, m -> DeliveryMethod.of(m).id(), "courier, uzpost or pickup");
            var region = cell.choice("region", true, r -> Region.of(r).code(), "one of " + Region.CODES);
            var fee = cell.tiyin("fee", true);
            var daysMin = cell.integer("daysMin", true, 0, MAX_DAYS);
            var daysMax = cell.integer("daysMax", true, 0, MAX_DAYS);
            if (daysMin.isPresent() && daysMax.isPresent() && daysMax.get() < daysMin.get()) cell.error("daysMax", "must not be below daysMin");
            if (method.isPresent() && region.isPresent() && !seen.add(method.get() + region.get())) {
                cell.error("region", "has a " + method.get() + " rate already");
            }
            if (method.isPresent() && region.isPresent() && fee.isPresent() && daysMin.isPresent() && daysMax.isPresent()) {
                rates.add(new DeliverySettings.Rate(method.get(), region.get(), fee.get(), daysMin.get(), daysMax.get()));
            }
        }
        var points = new ArrayList<DeliverySettings.Point>();
        var ids = new HashSet<String>();
        for (var cell : body.objects("pickupPoints", true, 500, "id", "region", "name", "address", "hours", "position", "active")) {
            var id = cell.text("id", true, 2, 40);
            id.filter(i -> !POINT_ID.matcher(i).matches()).ifPresent(i -> cell.error("id", "only lower-case letters, digits and dashes"));
            id.filter(i -> !ids.add(i)).ifPresent(i -> cell.error("id", "is used by another pickup point"));
            var region = cell.choice("region", true, r -> Region.of(r).code(), "one of " + Region.CODES);
            var name = cell.text("name", true, 1, 120);
            var address = cell.text("address", true, 1, 300);
            var hours = cell.text("hours", true, 1, 60);
            var position = cell.integer("position", false, 0, 10_000).orElse(0);
            boolean active = cell.bool("active", false).orElse(true);
            if (id.isPresent() && region.isPresent() && name.isPresent() && address.isPresent() && hours.isPresent()) {
                points.add(new DeliverySettings.Point(id.get(), region.get(), name.get(), address.get(), hours.get(), position, active));
            }
        }
        body.validate();
        return new DeliverySettings(freeFrom.orElseThrow(), rates, points, version.orElseThrow());
    }

}
