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

    /**
     * The shop's resources, its nested admin stack's included: each nested-stack parameter replaced by the parent's value
     * for it, and each parent reference to a nested output by that output's value — so references read as if the shop
     * were one template (the tests of single things see through the split; {@link AdminStackTest} checks the split).
     */
    @SuppressWarnings("unchecked")
    static TemplateJson of(ShopStack stack) {
        var parent = new LinkedHashMap<String, Object>((Map<String, Object>) Template.fromStack(stack).toJSON().get("Resources"));
        if (stack.admin().isEmpty()) return new TemplateJson(parent);
        var nested = Template.fromStack(stack.admin().get()).toJSON();
        var stackIds = parent.entrySet().stream()
                .filter(e -> "AWS::CloudFormation::Stack".equals(map(e.getValue()).get("Type")) && e.getKey().startsWith("Admin"))
                .map(Map.Entry::getKey).toList();
        if (stackIds.size() != 1) throw new AssertionError("one admin stack expected: " + stackIds);
        String adminId = stackIds.getFirst();
        var parameters = map(properties(map(parent.get(adminId))).getOrDefault("Parameters", Map.of()));
        var outputs = map(nested.getOrDefault("Outputs", Map.of()));
        var merged = new LinkedHashMap<String, Object>();
        parent.forEach((id, resource) -> merged.put(id, substitute(resource, value -> {
            if (value.get("Fn::GetAtt") instanceof List<?> attribute && adminId.equals(attribute.getFirst())
                    && attribute.get(1).toString().startsWith("Outputs.")) {
                var output = map(outputs.get(attribute.get(1).toString().substring("Outputs.".length())));
                return substitute(output.get("Value"), ref -> ref.get("Ref") instanceof String p && parameters.containsKey(p) ? parameters.get(p) : null);
            }
            return null;
        })));
        map(nested.get("Resources")).forEach((id, resource) -> {
            if (merged.containsKey(id)) throw new AssertionError("logical id " + id + " is in both stacks");
            merged.put(id, substitute(resource, value -> value.get("Ref") instanceof String p && parameters.containsKey(p) ? parameters.get(p) : null));
        });
        return new TemplateJson(merged);
    }

    /** {@code value} with every object that {@code replacement} answers (non-null) replaced, however deeply nested. */
    private static Object substitute(Object value, java.util.function.Function<Map<String, Object>, Object> replacement) {
        if (value instanceof Map<?, ?> object) {
            var replaced = replacement.apply(map(object));
            if (replaced != null) return replaced;
            var copy = new LinkedHashMap<String, Object>();
            map(object).forEach((k, v) -> copy.put(k, substitute(v, replacement)));
            return copy;
        }
        if (value instanceof List<?> items) return items.stream().map(v -> substitute(v, replacement)).toList();
        return value;
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
