package uz.ultramarket.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work in one database transaction: committed when it returns, rolled back when it throws. */
public final class Transactions {

    /** Work on a connection whose transaction {@link #run} owns. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {}

    /**
     * @param what names the work for the error, e.g. "Searching the catalog" → "Searching the catalog failed: …"
     * @throws IllegalStateException for an {@link SQLException}; a {@link RuntimeException} of the work passes unchanged
     */
    public static <T> T run(DataSource dataSource, String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true); // the pool hands the connection on as it found it
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        }
    }
}
