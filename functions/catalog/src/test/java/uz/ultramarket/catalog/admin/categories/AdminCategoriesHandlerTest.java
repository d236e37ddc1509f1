package uz.ultramarket.catalog.admin.categories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.catalog.admin.AdminWorld;
import uz.ultramarket.core.testing.Call;

class AdminCategoriesHandlerTest {

    private static AdminWorld world;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        world = new AdminWorld("admin_categories");
        token = world.managerToken("manager-categories");
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    private static Call.Answer create(String body) {
        return Call.post(world.categories, "/api/admin/categories").bearer(token).json(body).send();
    }

    private static Call.Answer patch(long id, String body) {
        return Call.to(world.categories, "PATCH", "/api/admin/categories/{id}", "id", Long.toString(id)).bearer(token).json(body).send();
    }

    private static JsonNode listed(long id) {
        for (var item : Call.get(world.categories, "/api/admin/categories").bearer(token).send().json().path("items")) {
            if (item.path("id").asLong() == id) return item;
        }
        throw new AssertionError("category " + id + " is not listed");
    }

    @Test
    void createRenameMoveAndReorderVersioned() {
        var created = create("{\"parentId\": " + world.electronics + ", \"name\": {\"uz\": \"Planshetlar\", \"ru\": \"Планшеты\", \"en\": \"Tablets\"}}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().path("id").asLong();
        assertEquals("tablets", created.json().path("slug").asText());
        assertEquals(0, created.json().path("productCount").asLong());

        var renamed = patch(id, "{\"version\": 0, \"name\": {\"uz\": \"Planshet\", \"ru\": \"Планшет\"}, \"position\": 3}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Planshet", renamed.json().at("/name/en").asText(), "an empty English name is the Uzbek one");
        assertEquals(3, renamed.json().path("position").asInt());
        assertEquals(1, renamed.json().path("version").asLong());
        assertEquals(world.electronics, renamed.json().path("parentId").asLong(), "not moved when parentId is absent");

        var stale = patch(id, "{\"version\": 0, \"position\": 1}");
        assertEquals(409, stale.status());
        assertEquals("version", stale.errorField(0));

        var toTop = patch(id, "{\"version\": 1, \"parentId\": null}");
        assertEquals(200, toTop.status(), toTop.body());
        assertTrue(listed(id).path("parentId").isMissingNode(), "at the top of the tree");

        var entries = world.auditBy("manager-categories");
        assertEquals("category.update", entries.get(0).action());
        assertEquals(world.electronics, entries.get(0).before().orElseThrow().path("parentId").asLong());
        assertEquals("category.create", entries.get(entries.size() - 1).action());
    }

    @Test
    void aCategoryCannotMoveUnderItselfOrItsChildren() throws Exception {
        long electronics = world.electronics;
        long version = listed(electronics).path("version").asLong();
        var underChild = patch(electronics, "{\"version\": " + version + ", \"parentId\": " + world.smartphones + "}");
        assertEquals(400, underChild.status(), underChild.body());
        assertEquals("parentId", underChild.errorField(0));
        var underItself = patch(electronics, "{\"version\": " + version + ", \"parentId\": " + electronics + "}");
        assertEquals("parentId", underItself.errorField(0));
        assertEquals(400, patch(electronics, "{\"version\": " + version + ", \"parentId\": 999999}").status());
        assertEquals(version, listed(electronics).path("version").asLong(), "nothing changed");
    }

    @Test
    void badInputAndStrangersAreRefused() {
        assertEquals("name.uz", create("{\"name\": {\"ru\": \"Только русский\"}}").errorField(0));
        assertEquals("parentId", create("{\"parentId\": 999999, \"name\": {\"uz\": \"Yo'q\"}}").errorField(0));
        assertEquals(409, create("{\"slug\": \"smartphones\", \"name\": {\"uz\": \"Yana\"}}").status());
        assertEquals(401, Call.get(world.categories, "/api/admin/categories").send().status());
        assertEquals(403, Call.get(world.categories, "/api/admin/categories").bearer(world.customerToken("shopper-3")).send().status());
    }
}
