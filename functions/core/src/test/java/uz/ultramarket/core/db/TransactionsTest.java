package uz.ultramarket.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real PostgreSQL: what the work wrote is kept only when it returns. */
class TransactionsTest {
    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stop() throws Exception { postgres.close(); }

    @BeforeEach
    void emptyTable() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS note (text TEXT NOT NULL)");
            statement.execute("TRUNCATE note");
        }
    }

    private static int notes() throws SQLException {
        try (var connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("SELECT count(*) FROM note")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void insert(java.sql.Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("INSERT INTO note VALUES ('kept?')");
        }
    }

    @Test
    void workThatReturnsIsCommitted() throws SQLException {
        int result = Transactions.run(dataSource, "Writing a note", connection -> { insert(connection); return 7; });

        assertEquals(7, result);
        assertEquals(1, notes());
    }

    @Test
    void workThatThrowsIsRolledBackAndItsExceptionPassesUnchanged() throws SQLException {
        var thrown = assertThrows(IllegalArgumentException.class, () -> Transactions.run(dataSource, "Writing a note",
                connection -> { insert(connection); throw new IllegalArgumentException("bad note"); }));

        assertEquals("bad note", thrown.getMessage());
        assertEquals(0, notes());
    }

    @Test
    void aDatabaseErrorRollsBackAndIsNamedAfterTheWork() throws SQLException {
        var thrown = assertThrows(IllegalStateException.class, () -> Transactions.run(dataSource, "Writing a note",
                connection -> {
                    insert(connection);
                    try (var statement = connection.createStatement()) {
                        statement.execute("INSERT INTO note VALUES (NULL)");
                    }
                    return null;
                }));

        assertTrue(thrown.getMessage().startsWith("Writing a note failed: "), thrown.getMessage());
        assertEquals(0, notes());
    }
}
