package uz.ultramarket.ops.migrate;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The catalog database's schema: Flyway migrations from {@code db/migration} on the classpath, applied in order. */
public final class CatalogSchema {
    private final DataSource dataSource;

    public CatalogSchema(DataSource dataSource) { this.dataSource = dataSource; }

    /** Applies what is pending and says where the schema now stands. */
    public MigrationResult migrate() {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return new MigrationResult(result.migrationsExecuted, result.targetSchemaVersion != null
                ? result.targetSchemaVersion : result.initialSchemaVersion);
    }

    /** {@code schemaVersion} is null only for an empty migration set. */
    public record MigrationResult(int applied, String schemaVersion) {}
}
