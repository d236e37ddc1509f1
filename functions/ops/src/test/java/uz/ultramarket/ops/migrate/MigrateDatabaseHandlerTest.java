package uz.ultramarket.ops.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.testing.TestContext;

/** Against a real PostgreSQL 16: the migrations apply, apply once, and a stack deletion leaves the data alone. */
class MigrateDatabaseHandlerTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception { postgres = EmbeddedPostgres.builder().start(); }

    @AfterAll
    static void stop() throws Exception { postgres.close(); }

    private static CloudFormationCustomResourceEvent event(String requestType) {
        var event = new CloudFormationCustomResourceEvent();
        event.setRequestType(requestType);
        return event;
    }

    @Test
    @SuppressWarnings("unchecked")
    void appliesPendingMigrationsOnceAndLeavesDataOnDelete() throws Exception {
        var handler = new MigrateDatabaseHandler(new CatalogSchema(postgres.getPostgresDatabase()));

        var created = handler.handleRequest(event("Create"), new TestContext());
        assertEquals("ultramarket-catalog-schema", created.get("PhysicalResourceId"));
        var data = (Map<String, Object>) created.get("Data");
        assertTrue((int) data.get("applied") >= 1);
        assertTrue(extensions().containsAll(java.util.Set.of("pg_trgm", "unaccent")));

        var updated = (Map<String, Object>) handler.handleRequest(event("Update"), new TestContext()).get("Data");
        assertEquals(0, updated.get("applied"));
        assertEquals(data.get("schemaVersion"), updated.get("schemaVersion"));

        var deleted = handler.handleRequest(event("Delete"), new TestContext());
        assertFalse(deleted.containsKey("Data"));
        assertTrue(extensions().contains("pg_trgm"));
    }

    private static java.util.Set<String> extensions() throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var rows = connection.createStatement().executeQuery("SELECT extname FROM pg_extension")) {
            var names = new HashSet<String>();
            while (rows.next()) names.add(rows.getString(1));
            return names;
        }
    }
}
