package uz.ultramarket.infra;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awscdk.assertions.Template;

/** A synthesized template as plain maps and lists, with the look-ups the assertions share. */
record TemplateJson(Map<String, Object> resources) {

    @SuppressWarnings("unchecked")
    static TemplateJson of(Template template) {
        return new TemplateJson((Map<String, Object>) template.toJSON().get("Resources"));
    }

    /** Logical id → resource (Type, Properties, DependsOn, DeletionPolicy, …) of one type. */
    Map<String, Map<String, Object>> ofType(String type) {
        var found = new LinkedHashMap<String, Map<String, Object>>();
        resources.forEach((id, resource) -> {
            if (type.equals(map(resource).get("Type"))) found.put(id, map(resource));
        });
        return found;
    }

    Map<String, Object> resource(String logicalId) {
        var resource = resources.get(logicalId);
        if (resource == null) throw new AssertionError("no resource " + logicalId);
        return map(resource);
    }

    /** The one resource of {@code type} whose property {@code name} equals {@code value}; its logical id. */
    String idWhere(String type, String name, Object value) {
        var ids = ofType(type).entrySet().stream()
                .filter(e -> value.equals(properties(e.getValue()).get(name)))
                .map(Map.Entry::getKey)
                .toList();
        if (ids.size() != 1) throw new AssertionError("expected one " + type + " with " + name + " = " + value + ", found " + ids);
        return ids.getFirst();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> ? (List<Object>) value : List.of(value);
    }

    static Map<String, Object> properties(Map<String, Object> resource) {
        return resource.containsKey("Properties") ? map(resource.get("Properties")) : Map.of();
    }

    /** Every logical id that {@code value} points at through {@code Ref} or {@code Fn::GetAtt}, however deeply nested. */
    static Set<String> references(Object value) {
        var found = new LinkedHashSet<String>();
        collect(value, found);
        return found;
    }

    private static void collect(Object value, Set<String> found) {
        if (value instanceof Map<?, ?> object) {
            if (object.get("Ref") instanceof String ref && !ref.startsWith("AWS::")) found.add(ref);
            if (object.get("Fn::GetAtt") instanceof List<?> attribute) found.add(attribute.getFirst().toString());
            object.values().forEach(v -> collect(v, found));
        } else if (value instanceof List<?> items) {
            items.forEach(v -> collect(v, found));
        }
    }

    static int number(Object value) { return ((Number) value).intValue(); }
}
