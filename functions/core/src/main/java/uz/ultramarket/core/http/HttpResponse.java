package uz.ultramarket.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.ultramarket.core.json.Json;

/**
 * What a handler answers. {@link HttpFunction} adds {@code X-Request-Id} and a default {@code Content-Type}.
 *
 * @param cookies {@code Set-Cookie} values, sent in the payload 2.0 {@code cookies} field (a header map holds one)
 */
public record HttpResponse(int status, Map<String, String> headers, String body, List<String> cookies) {

    public static final String JSON = "application/json; charset=utf-8";

    public HttpResponse {
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        cookies = cookies == null ? List.of() : List.copyOf(cookies);
    }

    public HttpResponse(int status, Map<String, String> headers, String body) {
        this(status, headers, body, List.of());
    }

    public static HttpResponse json(int status, Object value) {
        return new HttpResponse(status, Map.of("Content-Type", JSON), Json.write(value));
    }

    public static HttpResponse ok(Object value) {
        return json(200, value);
    }

    public static HttpResponse created(Object value) {
        return json(201, value);
    }

    public static HttpResponse noContent() {
        return new HttpResponse(204, Map.of(), "");
    }

    public static HttpResponse text(int status, String contentType, String body) {
        return new HttpResponse(status, Map.of("Content-Type", contentType), body);
    }

    public static HttpResponse problem(Problem problem) {
        return new HttpResponse(problem.status(), Map.of("Content-Type", Problem.MEDIA_TYPE), Json.write(problem));
    }

    public static HttpResponse problem(ApiException exception) {
        HttpResponse response = problem(exception.problem());
        for (Map.Entry<String, String> header : exception.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }

    /** A copy with the header set, replacing any of the same name in any letter case. */
    public HttpResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        copy.put(name, value);
        return new HttpResponse(status, copy, body, cookies);
    }

    /** A copy that also sets a cookie, e.g. {@code refresh=…; HttpOnly; Secure; SameSite=Strict; Path=/api/auth}. */
    public HttpResponse withCookie(String setCookie) {
        List<String> copy = new ArrayList<>(cookies);
        copy.add(setCookie);
        return new HttpResponse(status, headers, body, copy);
    }

    /** The header's value by case-insensitive name. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
