package uz.ultramarket.ops.notfound;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uz.ultramarket.registry.Route;

/** The registry's routes as API Gateway matches them, to tell "no such path" (404) from "not with that method" (405). */
final class RouteTable {

    private record Template(String method, Pattern path) {}

    private final List<Template> templates;

    RouteTable(Collection<Route> routes) {
        this.templates = routes.stream().filter(r -> !r.isDefault())
                .map(r -> new Template(r.method(), compile(r.path()))).toList();
    }

    /** The methods some route accepts for this path; empty when no route has the path at all. */
    Set<String> methodsFor(String path) {
        var methods = new TreeSet<String>();
        for (var t : templates) if (t.path().matcher(path).matches()) methods.add(t.method());
        return methods;
    }

    // {name} matches one path segment, {name+} the rest of the path: API Gateway's template rules.
    private static Pattern compile(String template) {
        var regex = new StringBuilder();
        for (var segment : template.substring(1).split("/")) {
            regex.append('/');
            if (segment.startsWith("{") && segment.endsWith("+}")) regex.append(".+");
            else if (segment.startsWith("{") && segment.endsWith("}")) regex.append("[^/]+");
            else regex.append(Pattern.quote(segment));
        }
        return Pattern.compile(regex.toString());
    }
}
