package uz.ultramarket.registry;

import java.util.Objects;
import java.util.Set;

/** An HTTP API route in API Gateway's route-key form: {@code GET /api/products/{slug}}, or {@code $default}. */
public record Route(String method, String path) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");
    public static final Route DEFAULT = new Route("ANY", "$default");

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!METHODS.contains(method)) throw new IllegalArgumentException("unknown HTTP method " + method);
        if (!path.equals("$default") && !path.startsWith("/api/")) {
            throw new IllegalArgumentException("routes live under /api/: " + path);
        }
    }

    public static Route get(String path) { return new Route("GET", path); }
    public static Route post(String path) { return new Route("POST", path); }
    public static Route put(String path) { return new Route("PUT", path); }
    public static Route patch(String path) { return new Route("PATCH", path); }
    public static Route delete(String path) { return new Route("DELETE", path); }

    /** API Gateway's route key, e.g. {@code GET /api/health}; {@code $default} for the catch-all. */
    public String key() { return isDefault() ? "$default" : method + " " + path; }

    public boolean isDefault() { return path.equals("$default"); }
}
