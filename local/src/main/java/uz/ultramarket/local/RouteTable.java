package uz.ultramarket.local;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.Route;

/**
 * API Gateway HTTP API's route selection: method and path template ({@code {param}} takes one segment, a final
 * {@code {name+}} one or more); the most specific match wins — segment by segment a literal beats a parameter,
 * which beats a greedy parameter, and a named method beats {@code ANY}; failing all, the {@code $default} route.
 */
final class RouteTable {

    /** The function a request goes to, the route key it matched and its path parameters (URL-decoded). */
    record Match(FunctionSpec function, String routeKey, Map<String, String> pathParameters) {}

    private enum Kind { LITERAL, PARAMETER, GREEDY }

    private record Segment(Kind kind, String text) {
        static Segment of(String template) {
            if (template.startsWith("{") && template.endsWith("+}")) return new Segment(Kind.GREEDY, template.substring(1, template.length() - 2));
            if (template.startsWith("{") && template.endsWith("}")) return new Segment(Kind.PARAMETER, template.substring(1, template.length() - 1));
            return new Segment(Kind.LITERAL, template);
        }
    }

    private record Template(Route route, FunctionSpec function, List<Segment> segments) {
        static Template of(Route route, FunctionSpec function) {
            var segments = split(route.path()).stream().map(Segment::of).toList();
            for (int i = 0; i < segments.size() - 1; i++) {
                if (segments.get(i).kind() == Kind.GREEDY) throw new IllegalArgumentException("a greedy parameter must end the path: " + route.key());
            }
            return new Template(route, function, segments);
        }

        Optional<Match> match(String method, List<String> path) {
            if (!route.method().equals("ANY") && !route.method().equals(method)) return Optional.empty();
            var parameters = new LinkedHashMap<String, String>();
            for (int i = 0; i < segments.size(); i++) {
                var segment = segments.get(i);
                if (segment.kind() == Kind.GREEDY) {
                    if (i >= path.size()) return Optional.empty();
                    String rest = String.join("/", path.subList(i, path.size()));
                    if (rest.isEmpty()) return Optional.empty();
                    parameters.put(segment.text(), decode(rest));
                    return Optional.of(new Match(function, route.key(), parameters));
                }
                if (i >= path.size()) return Optional.empty();
                String actual = path.get(i);
                switch (segment.kind()) {
                    case LITERAL -> { if (!segment.text().equals(actual)) return Optional.empty(); }
                    case PARAMETER -> {
                        if (actual.isEmpty()) return Optional.empty();
                        parameters.put(segment.text(), decode(actual));
                    }
                    case GREEDY -> throw new AssertionError();
                }
            }
            return segments.size() == path.size() ? Optional.of(new Match(function, route.key(), parameters)) : Optional.empty();
        }
    }

    // lexicographic by segment kind, then a named method before ANY: the first template that matches is the most specific
    private static final Comparator<Template> MOST_SPECIFIC_FIRST = (a, b) -> {
        for (int i = 0; i < Math.min(a.segments().size(), b.segments().size()); i++) {
            int byKind = a.segments().get(i).kind().compareTo(b.segments().get(i).kind());
            if (byKind != 0) return byKind;
        }
        int byLength = Integer.compare(b.segments().size(), a.segments().size());
        if (byLength != 0) return byLength;
        return Boolean.compare(a.route().method().equals("ANY"), b.route().method().equals("ANY"));
    };

    private final List<Template> templates;
    private final Optional<FunctionSpec> fallback;

    private RouteTable(List<Template> templates, Optional<FunctionSpec> fallback) {
        this.templates = templates;
        this.fallback = fallback;
    }

    static RouteTable of(List<FunctionSpec> functions) {
        var templates = new ArrayList<Template>();
        FunctionSpec fallback = null;
        for (var function : functions) {
            for (var route : function.routes()) {
                if (route.isDefault()) fallback = function;
                else templates.add(Template.of(route, function));
            }
        }
        templates.sort(MOST_SPECIFIC_FIRST);
        return new RouteTable(List.copyOf(templates), Optional.ofNullable(fallback));
    }

    /** The route for {@code method} and {@code rawPath}, else {@code $default}'s function, else nothing (API Gateway's 404). */
    Optional<Match> match(String method, String rawPath) {
        var path = split(rawPath);
        for (var template : templates) {
            var match = template.match(method, path);
            if (match.isPresent()) return match;
        }
        return fallback.map(f -> new Match(f, "$default", Map.of()));
    }

    private static List<String> split(String path) {
        var trimmed = path.startsWith("/") ? path.substring(1) : path;
        return List.of(trimmed.split("/", -1));
    }

    // percent-decoding of a path segment, where '+' stays a plus; a malformed escape is passed on as sent
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
