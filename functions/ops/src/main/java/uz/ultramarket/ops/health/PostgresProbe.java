package uz.ultramarket.ops.health;

import javax.sql.DataSource;

/** PostgreSQL answers when a pooled connection runs {@code SELECT 1}. */
final class PostgresProbe implements Probe {
    private final DataSource dataSource;

    PostgresProbe(DataSource dataSource) { this.dataSource = dataSource; }

    @Override public String component() { return "postgresql"; }

    @Override public void check() throws Exception {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT 1");
             var result = statement.executeQuery()) {
            if (!result.next() || result.getInt(1) != 1) throw new IllegalStateException("SELECT 1 returned no row");
        }
    }
}
