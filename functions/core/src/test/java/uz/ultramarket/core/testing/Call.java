package uz.ultramarket.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.ultramarket.core.http.HttpEvents;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.json.Json;

/** One request to a handler as API Gateway would send it, and its answer: {@code Call.post(handler, "/api/auth/otp").json(…).send()}. */
public final class Call {

    /** An answer: status, headers, body as JSON (null when empty), Set-Cookie values. */
    public record Answer(int status, Map<String, String> headers, JsonNode json, String body, List<String> cookies) {
        public String text(String pointer) {
            return json.at(pointer).asText();
        }

        /** The value the answer sets for cookie {@code name} (empty string when it clears it). */
        public Optional<String> cookie(String name) {
            return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                    .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
        }

        public String setCookie(String name) {
            return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst().orElseThrow();
        }

        public String errorField(int index) {
            return json.at("/errors/" + index + "/field").asText();
        }
    }

    private final HttpFunction handler;
    private final HttpEvents.Builder event;
    private String host;

    private Call(HttpFunction handler, String method, String path, String routeKey) {
        this.handler = handler;
        this.event = HttpEvents.request(method, path).routeKey(routeKey);
    }

    public static Call post(HttpFunction handler, String path) {
        return new Call(handler, "POST", path, "POST " + path);
    }

    public static Call get(HttpFunction handler, String path) {
        return new Call(handler, "GET", path, "GET " + path);
    }

    public static Call patch(HttpFunction handler, String path) {
        return new Call(handler, "PATCH", path, "PATCH " + path);
    }

    /** A request to a route with an {@code {id}} parameter, e.g. {@code PATCH /api/me/addresses/{id}}. */
    public static Call withId(HttpFunction handler, String method, String routeTemplate, String id) {
        return to(handler, method, routeTemplate, "id", id);
    }

    /** A request to a route with path parameters, e.g. {@code Call.to(handler, "PATCH", "/api/cart/items/{sku}", "sku", "A-1")}. */
    public static Call to(HttpFunction handler, String method, String routeTemplate, String... nameValuePairs) {
        String path = routeTemplate;
        for (int i = 0; i < nameValuePairs.length; i += 2) path = path.replace("{" + nameValuePairs[i] + "}", nameValuePairs[i + 1]);
        var call = new Call(handler, method, path, method + " " + routeTemplate);
        for (int i = 0; i < nameValuePairs.length; i += 2) call.event.pathParameter(nameValuePairs[i], nameValuePairs[i + 1]);
        return call;
    }

    public Call json(String body) {
        event.json(body);
        return this;
    }

    /** A body of any type, e.g. a form: {@code body("application/x-www-form-urlencoded", "a=1&b=2")}. */
    public Call body(String contentType, String text) {
        event.header("Content-Type", contentType);
        event.body(text);
        return this;
    }

    public Call query(String name, String value) {
        event.query(name, value);
        return this;
    }

    public Call bearer(String token) {
        event.header("Authorization", "Bearer " + token);
        return this;
    }

    public Call header(String name, String value) {
        if (name.equalsIgnoreCase("host")) host = value; // replaces the builder's default, as a browser sends one Host
        else event.header(name, value);
        return this;
    }

    public Call cookie(String name, String value) {
        event.cookie(name, value);
        return this;
    }

    public Call from(String ip) {
        event.sourceIp(ip);
        return this;
    }

    public Answer send() {
        var built = event.build();
        if (host != null) {
            var headers = new java.util.LinkedHashMap<>(built.getHeaders());
            headers.put("host", host);
            built.setHeaders(headers);
        }
        var response = handler.handleRequest(built, new TestContext());
        JsonNode json = null;
        String type = response.getHeaders() == null ? null : response.getHeaders().get("Content-Type");
        if (response.getBody() != null && !response.getBody().isEmpty() && (type == null || type.contains("json"))) {
            try {
                json = Json.mapper().readTree(response.getBody());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + response.getBody(), e);
            }
        }
        return new Answer(response.getStatusCode(), response.getHeaders(), json, response.getBody(),
                response.getCookies() == null ? List.of() : response.getCookies());
    }
}
