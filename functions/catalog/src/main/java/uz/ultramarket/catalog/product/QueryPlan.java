package uz.ultramarket.catalog.product;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.StringJoiner;

/** How the catalog's stores show what PostgreSQL does with their queries: for the benchmark and the index tests. */
public final class QueryPlan {

    /** Put before a store's SELECT: runs it and reports each node with its real row counts and time. */
    public static final String EXPLAIN = "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ";

    private QueryPlan() {}

    /** The plan as PostgreSQL prints it, one node a line. */
    public static String read(PreparedStatement explain) throws SQLException {
        var plan = new StringJoiner("\n");
        try (var rows = explain.executeQuery()) {
            while (rows.next()) plan.add(rows.getString(1));
        }
        return plan.toString();
    }
}
