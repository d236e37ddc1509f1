package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uz.ultramarket.local.testfunctions.FailingDeployHook;
import uz.ultramarket.registry.EventSource;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.Route;
import uz.ultramarket.registry.World;

/** Starting, stopping and starting again: what the data folder keeps, what --fresh takes away, what stops a start. */
class LifecycleTest {
    @TempDir Path dir;

    @Test
    void dataSurvivesARestartAndFreshWipesIt() throws Exception {
        var data = dir.resolve("data");
        var options = LocalOptions.forTests(data);
        try (var first = LocalStack.start(options, TestWorld.storage())) {
            putItem(first);
            sql(first, "create table kept (name text)", "insert into kept values ('still here')");
        }
        assertTrue(Files.exists(new DataFolder(data).functionEnvironment()));

        try (var second = LocalStack.start(options, TestWorld.storage())) {
            assertTrue(hasItem(second), "the DynamoDB item survived");
            assertEquals(List.of("still here"), query(second, "select name from kept"));
            assertEquals(List.of("Create", "Update"), query(second, "select request_type from deploy_runs order by id"));
        }

        try (var third = LocalStack.start(options.withFresh(true), TestWorld.storage())) {
            assertFalse(hasItem(third), "--fresh emptied DynamoDB");
            assertThrows(SQLException.class, () -> query(third, "select name from kept"), "--fresh emptied PostgreSQL");
            assertEquals(List.of("Create"), query(third, "select request_type from deploy_runs order by id"));
        }
    }

    @Test
    void freshRefusesToWipeAFolderItDidNotFill() throws Exception {
        Files.writeString(dir.resolve("thesis.tex"), "precious");
        var refused = assertThrows(IllegalStateException.class, () -> LocalStack.start(LocalOptions.forTests(dir).withFresh(true), TestWorld.storage()));
        assertTrue(refused.getMessage().contains("thesis.tex"), refused.getMessage());
        assertTrue(Files.exists(dir.resolve("thesis.tex")));
    }

    @Test
    void aFailingDeployHookStopsTheStart() {
        var hook = FunctionSpec.named("broken-migration").handler("local", FailingDeployHook.class.getName()).on(new EventSource.OnDeploy()).build();
        var world = new World(List.of(TestWorld.echo("echo", Route.get("/api/echo")), hook), List.of(TestWorld.ITEMS), List.of(), List.of());
        var refused = assertThrows(IllegalStateException.class, () -> LocalStack.start(LocalOptions.forTests(dir), world));
        assertTrue(refused.getMessage().contains("broken-migration failed"), refused.getMessage());
        assertTrue(refused.getMessage().contains("migration V7 does not apply"), refused.getMessage());
    }

    @Test
    void aBusyPortFailsTheStartBeforeAnythingStarts() throws Exception {
        try (var busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var options = new LocalOptions(busy.getLocalPort(), dir, dir.resolve("no-frontend"), false, false, Optional.empty(), 0, 0);
            var refused = assertThrows(IllegalStateException.class, () -> LocalStack.start(options, TestWorld.storage()));
            assertTrue(refused.getMessage().contains("--port"), refused.getMessage());
            assertFalse(Files.exists(dir.resolve("dynamodb")));
        }
    }

    private static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.fromS("kept-item"));

    private static void putItem(LocalStack stack) {
        stack.aws().dynamoDb().putItem(r -> r.tableName(stack.resources().table(TestWorld.ITEMS).name()).item(KEY));
    }

    private static boolean hasItem(LocalStack stack) {
        return stack.aws().dynamoDb().getItem(r -> r.tableName(stack.resources().table(TestWorld.ITEMS).name()).key(KEY)).hasItem();
    }

    private static void sql(LocalStack stack, String... statements) throws SQLException {
        var endpoints = stack.endpoints();
        try (var connection = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.databaseUser(), endpoints.databasePassword());
             var statement = connection.createStatement()) {
            for (var sql : statements) statement.execute(sql);
        }
    }

    private static List<String> query(LocalStack stack, String sql) throws SQLException {
        var endpoints = stack.endpoints();
        try (var connection = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.databaseUser(), endpoints.databasePassword());
             var rows = connection.createStatement().executeQuery(sql)) {
            var values = new ArrayList<String>();
            while (rows.next()) values.add(rows.getString(1));
            return values;
        }
    }
}
