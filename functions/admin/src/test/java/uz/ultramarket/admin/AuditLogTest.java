package uz.ultramarket.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uz.ultramarket.core.auth.Caller;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.registry.Registry;

/** The audit log as the console reads it: newest first across months, paged, by actor, with who each actor is; admins only. */
class AuditLogTest {

    private static AdminWorld world;

    @BeforeAll
    static void entries() throws Exception {
        world = new AdminWorld();
        world.aws.dynamoDb().putItem(r -> r.tableName(Registry.ACCOUNTS.name()).item(Map.of(
                "pk", AttributeValue.fromS("user#manager-1"), "sk", AttributeValue.fromS("profile"),
                "userId", AttributeValue.fromS("manager-1"), "phone", AttributeValue.fromS("+998901112233"),
                "name", AttributeValue.fromS("Dilnoza"), "role", AttributeValue.fromS("manager"))));
        var manager = new Caller("manager-1", Role.MANAGER);
        var admin = new Caller("admin-1", Role.ADMIN);
        // five entries from 30 December 2029 to 12 January 2030: two months' partitions
        world.clock.set(java.time.Instant.parse("2029-12-30T10:00:00Z"));
        for (int i = 0; i < 5; i++) {
            var who = i % 2 == 0 ? manager : admin;
            world.audit.record(who, "product.update", "product:" + i, Map.of("price", 100 + i), Map.of("price", 200 + i));
            world.clock.advance(Duration.ofDays(3));
        }
    }

    @AfterAll
    static void close() throws Exception {
        world.close();
    }

    @Test
    void newestFirstPagedAcrossMonthsWithTheActorsPhone() {
        var targets = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var call = Call.get(world.auditLog, "/api/admin/audit").bearer(world.token("admin-1", "admin"))
                    .query("from", "2029-12-01").query("to", "2030-01-31").query("limit", "2");
            if (cursor != null) call.query("cursor", cursor);
            var page = call.send();
            assertEquals(200, page.status(), page.body());
            page.json().path("items").forEach(e -> targets.add(e.path("target").asText()));
            if (pages == 0) {
                var first = page.json().path("items").get(0);
                assertEquals("manager-1", first.path("actor").path("id").asText());
                assertEquals("+998901112233", first.path("actor").path("phone").asText());
                assertEquals(104, first.path("before").path("price").asInt());
                assertEquals(204, first.path("after").path("price").asInt());
            }
            cursor = page.json().path("nextCursor").isTextual() ? page.json().path("nextCursor").asText() : null;
            pages++;
        } while (cursor != null);
        assertEquals(List.of("product:4", "product:3", "product:2", "product:1", "product:0"), targets);
        assertEquals(3, pages);
        var admins = Call.get(world.auditLog, "/api/admin/audit").bearer(world.token("admin-1", "admin"))
                .query("from", "2029-12-01").query("to", "2030-01-31").query("actor", "admin-1").send();
        assertEquals(2, admins.json().path("items").size());
        assertFalse(admins.json().path("items").get(0).path("actor").has("phone"), "an actor without an account has no phone");
    }

    @Test
    void onlyAdminsReadIt() {
        assertEquals(401, Call.get(world.auditLog, "/api/admin/audit").send().status());
        assertEquals(403, Call.get(world.auditLog, "/api/admin/audit").bearer(world.token("manager-1", "manager")).send().status());
        assertEquals(403, Call.get(world.auditLog, "/api/admin/audit").bearer(world.token("c-1", "customer")).send().status());
        assertEquals("cursor", Call.get(world.auditLog, "/api/admin/audit").bearer(world.token("admin-1", "admin"))
                .query("cursor", "!!").send().errorField(0));
        assertEquals("limit", Call.get(world.auditLog, "/api/admin/audit").bearer(world.token("admin-1", "admin"))
                .query("limit", "0").send().errorField(0));
    }
}
