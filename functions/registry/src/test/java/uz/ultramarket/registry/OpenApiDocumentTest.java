package uz.ultramarket.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and the registry describe the same routes: none missing, none invented. */
class OpenApiDocumentTest {

    private static JsonNode document() throws Exception {
        try (var in = Registry.class.getResourceAsStream("openapi.yaml")) {
            assertNotNull(in, "openapi.yaml beside Registry");
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void everyRegistryRouteIsDocumentedAndNothingElse() throws Exception {
        var documented = new TreeSet<String>();
        var paths = document().path("paths");
        paths.properties().forEach(path -> path.getValue().properties().forEach(op ->
                documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertEquals(new TreeSet<>(Registry.routes().keySet()), documented,
                "routes in the registry (left) and in openapi.yaml (right) must match");
    }

    @Test
    void isOpenApi31WithAProblemSchemaAndTheProblemTypesTheApiUses() throws Exception {
        var doc = document();
        assertEquals("3.1.0", doc.path("openapi").asText());
        assertEquals(Set.of("type", "title", "status"), strings(doc.at("/components/schemas/Problem/required")));
        var slugs = new TreeSet<String>();
        doc.path("x-problem-types").forEach(t -> slugs.add(t.path("slug").asText()));
        assertEquals(new TreeSet<>(Set.of("validation", "malformed-json", "unauthorized", "forbidden", "not-found",
                "method-not-allowed", "conflict", "payload-too-large", "unsupported-media-type", "internal",
                "unavailable", "too-many-requests", "empty-cart", "out-of-stock", "price-changed", "idempotency-key-reused")), slugs);
    }

    private static Set<String> strings(JsonNode array) {
        var values = new TreeSet<String>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
