package uz.ultramarket.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.json.Json;

class ProblemTest {

    @Test
    void serializesAsRfc9457WithoutEmptyErrors() throws Exception {
        JsonNode json = Json.mapper().readTree(Json.write(ApiException.conflict("The cart changed.").problem()));

        assertEquals("/api/docs#problem-conflict", json.path("type").asText());
        assertEquals("Conflict", json.path("title").asText());
        assertEquals(409, json.path("status").asInt());
        assertEquals("The cart changed.", json.path("detail").asText());
        assertFalse(json.has("errors"));
    }

    @Test
    void extensionMembersAreWrittenBesideTheStandardOnesAndCannotReplaceThem() throws Exception {
        var problem = Problem.of("price-changed", "Prices changed", 409, "The total is now 10 so'm.", List.of())
                .with("totals", Map.of("total", 1000L));
        JsonNode json = Json.mapper().readTree(Json.write(problem));
        assertEquals(1000, json.at("/totals/total").asLong());
        assertEquals(409, json.path("status").asInt());
        assertFalse(json.has("more"), json.toString());
        assertFalse(json.has("extensionMembers"), json.toString());
        assertThrows(IllegalArgumentException.class, () -> problem.with("status", 200));
    }

    @Test
    void validationListsEveryFieldAndSaysWhatToFix() throws Exception {
        ApiException e = ApiException.validation(List.of(
                new FieldError("phone", "must look like +998901234567"),
                new FieldError("items[0].quantity", "must be at least 1")));
        JsonNode json = Json.mapper().readTree(Json.write(e.problem()));

        assertEquals(400, e.status());
        assertEquals("/api/docs#problem-validation", json.path("type").asText());
        assertEquals("phone", json.at("/errors/0/field").asText());
        assertEquals("must be at least 1", json.at("/errors/1/reason").asText());
        assertTrue(json.path("detail").asText().contains("items[0].quantity: must be at least 1"));
    }

    @Test
    void factoriesUseTheDocumentedSlugsAndStatuses() {
        Map<ApiException, String> cases = Map.ofEntries(
                Map.entry(ApiException.badRequest("x", new FieldError("a", "b")), "400 validation"),
                Map.entry(ApiException.malformedJson("x"), "400 malformed-json"),
                Map.entry(ApiException.unauthorized("x"), "401 unauthorized"),
                Map.entry(ApiException.forbidden("x"), "403 forbidden"),
                Map.entry(ApiException.notFound("x"), "404 not-found"),
                Map.entry(ApiException.methodNotAllowed(List.of("GET")), "405 method-not-allowed"),
                Map.entry(ApiException.conflict("x"), "409 conflict"),
                Map.entry(ApiException.payloadTooLarge(10), "413 payload-too-large"),
                Map.entry(ApiException.unsupportedMediaType("text/plain", "application/json"), "415 unsupported-media-type"),
                Map.entry(ApiException.unavailable("x"), "503 unavailable"));
        cases.forEach((e, expected) -> assertEquals(expected,
                e.status() + " " + e.problem().type().substring("/api/docs#problem-".length())));
        assertEquals("500 /api/docs#problem-internal",
                Problem.internal("r").status() + " " + Problem.internal("r").type());
    }

    @Test
    void extraHeadersForChallengesAndAllow() {
        assertEquals(Map.of("WWW-Authenticate", "Bearer"), ApiException.unauthorized("Log in first.").headers());
        assertEquals("GET, POST", ApiException.methodNotAllowed(List.of("POST", "GET", "GET")).headers().get("Allow"));
    }

    @Test
    void carriesNoStackTrace() {
        assertEquals(0, ApiException.notFound("x").getStackTrace().length);
        assertEquals("x", ApiException.notFound("x").getMessage());
    }

    @Test
    void problemResponseHasProblemContentTypeAndExtraHeaders() {
        HttpResponse response = HttpResponse.problem(ApiException.unauthorized("Log in first."));

        assertEquals(401, response.status());
        assertEquals("application/problem+json", response.headers().get("Content-Type"));
        assertEquals("Bearer", response.headers().get("WWW-Authenticate"));
    }
}
