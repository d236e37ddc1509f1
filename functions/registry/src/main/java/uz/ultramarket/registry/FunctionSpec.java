package uz.ultramarket.registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Lambda function: its handler class (in the Maven module {@code module}, under {@code functions/}), what
 * invokes it, its size, and the resources it may touch. {@code sharedAnswers}: its GET answers are the same for every
 * caller (they vary only with the query string and {@code Accept-Language}), so CloudFront may keep them as long as
 * their {@code Cache-Control} says. {@code staff}: its routes are the admin console's, for the staff role named (the
 * handler checks it on every request; the registry says it once so a test can try every admin route).
 */
public record FunctionSpec(String name, String module, String handler, String description, int memoryMb,
                           Duration timeout, List<Route> routes, List<EventSource> events, List<Access> access,
                           boolean sharedAnswers, java.util.Optional<Staff> staff) {

    public FunctionSpec {
        Names.check(name);
        Names.check(module);
        routes = List.copyOf(routes);
        events = List.copyOf(events);
        access = List.copyOf(access);
        if (memoryMb < 128 || memoryMb > 10_240) throw new IllegalArgumentException(name + ": memory must be 128..10240 MB");
        if (timeout.isNegative() || timeout.isZero() || timeout.toSeconds() > 900) {
            throw new IllegalArgumentException(name + ": timeout must be 1..900 s");
        }
        if (routes.isEmpty() && events.isEmpty()) throw new IllegalArgumentException(name + ": nothing invokes it");
        if (!routes.isEmpty() && !events.isEmpty()) throw new IllegalArgumentException(name + ": HTTP and event handlers are separate functions");
        if (sharedAnswers && routes.stream().anyMatch(r -> !r.method().equals("GET"))) {
            throw new IllegalArgumentException(name + ": only GET answers can be shared");
        }
        if (staff.isPresent() && (routes.isEmpty() || sharedAnswers
                || routes.stream().anyMatch(r -> !r.path().startsWith("/api/admin/")))) {
            throw new IllegalArgumentException(name + ": a staff function serves only /api/admin/ routes, never shared");
        }
        if (staff.isEmpty() && routes.stream().anyMatch(r -> r.path().startsWith("/api/admin/"))) {
            throw new IllegalArgumentException(name + ": /api/admin/ routes are for staff: say which with forStaff");
        }
    }

    public boolean isHttp() { return !routes.isEmpty(); }

    public boolean usesDatabase() { return access.stream().anyMatch(a -> a instanceof Access.CatalogDatabase); }

    public static Builder named(String name) { return new Builder(name); }

    public static final class Builder {
        private final String name;
        private String module;
        private String handler;
        private String description = "";
        private int memoryMb = 512;
        private Duration timeout = Duration.ofSeconds(10);
        private final List<Route> routes = new ArrayList<>();
        private final List<EventSource> events = new ArrayList<>();
        private final List<Access> access = new ArrayList<>();
        private boolean sharedAnswers;
        private Staff staff;

        private Builder(String name) { this.name = name; }

        public Builder handler(String module, String handlerClass) { this.module = module; this.handler = handlerClass; return this; }
        public Builder description(String text) { this.description = text; return this; }
        public Builder memory(int megabytes) { this.memoryMb = megabytes; return this; }
        public Builder timeout(Duration value) { this.timeout = value; return this; }
        public Builder route(Route route) { routes.add(route); return this; }
        public Builder on(EventSource source) { events.add(source); return this; }
        public Builder may(Access... grants) { access.addAll(List.of(grants)); return this; }
        public Builder sharedAnswers() { this.sharedAnswers = true; return this; }
        public Builder forStaff(Staff role) { this.staff = role; return this; }

        public FunctionSpec build() {
            return new FunctionSpec(name, module, handler, description, memoryMb, timeout, routes, events, access, sharedAnswers,
                    java.util.Optional.ofNullable(staff));
        }
    }
}
