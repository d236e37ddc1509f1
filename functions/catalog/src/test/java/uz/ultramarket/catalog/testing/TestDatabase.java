package uz.ultramarket.catalog.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import uz.ultramarket.catalog.demo.DemoCatalog;
import uz.ultramarket.catalog.load.CatalogLoader;

/**
 * A real PostgreSQL 16 for the catalog's tests: one embedded server per test run, and in it a database per purpose,
 * each migrated with the shop's own Flyway history (functions/ops/src/main/resources/db/migration, as deployed).
 * {@link #demoCatalog()} is the standard demo catalog, loaded once and only read by the tests that share it.
 */
public final class TestDatabase {

    private static EmbeddedPostgres server;
    private static final Map<String, DataSource> DATABASES = new HashMap<>();

    private TestDatabase() {}

    /** The 2,000-product demo catalog, loaded on first use; tests must not change it. */
    public static synchronized DataSource demoCatalog() {
        return DATABASES.computeIfAbsent("demo", name -> {
            DataSource dataSource = migrated(name);
            new CatalogLoader(dataSource).load(DemoCatalog.standard());
            return dataSource;
        });
    }

    /** A new, migrated, empty database that only the caller uses. */
    public static synchronized DataSource empty(String name) {
        if (DATABASES.containsKey(name)) throw new IllegalArgumentException("database " + name + " exists already");
        DataSource dataSource = migrated(name);
        DATABASES.put(name, dataSource);
        return dataSource;
    }

    private static DataSource migrated(String name) {
        try {
            if (server == null) server = EmbeddedPostgres.builder().start();
            try (var connection = server.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        var config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", name));
        config.setMaximumPoolSize(3);
        config.setPoolName("test-" + name);
        var dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("filesystem:" + migrations()).failOnMissingLocations(true)
                .load().migrate();
        return dataSource;
    }

    /** Set by the build (see pom.xml); the fallback is the same folder seen from the module, for runs from an IDE. */
    private static Path migrations() {
        Path folder = Path.of(System.getProperty("catalog.migrations", "../ops/src/main/resources/db/migration"));
        if (!Files.isDirectory(folder)) throw new IllegalStateException("no migrations at " + folder.toAbsolutePath());
        return folder;
    }
}
