package uz.ultramarket.ops.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import uz.ultramarket.registry.Registry;

/** The OpenAPI document kept beside the registry: its YAML text and the readable page made from it, both built once. */
public final class ApiDocument {
    private final String yaml;
    private final String page;

    public ApiDocument(String yaml) {
        this.yaml = yaml;
        this.page = ApiDocsPage.render(parse(yaml));
    }

    public static ApiDocument load() {
        try (var in = Registry.class.getResourceAsStream("openapi.yaml")) {
            if (in == null) throw new IllegalStateException("openapi.yaml is missing beside " + Registry.class.getName());
            return new ApiDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String yaml() { return yaml; }

    public String page() { return page; }

    private static JsonNode parse(String yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException("openapi.yaml is not valid YAML: " + e.getMessage(), e);
        }
    }
}
