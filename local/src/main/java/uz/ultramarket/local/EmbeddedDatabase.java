package uz.ultramarket.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL 16 (Aurora's major version) from zonky's embedded binaries, its data folder kept between runs,
 * with the catalog database {@value #NAME}.
 */
final class EmbeddedDatabase implements AutoCloseable {
    static final String NAME = "ultramarket";
    static final String USER = "postgres";
    /** Local connections are trusted; the password is only there for code that insists on one. */
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;
    private String version = "";

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + NAME;
    }

    static EmbeddedDatabase start(Path dataDir, Path logFile) throws IOException, SQLException {
        stopLeftover(dataDir);
        var log = java.lang.ProcessBuilder.Redirect.appendTo(logFile.toFile());
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(30)) // zonky's 10 s is tight for initdb on a busy two-core machine
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPort(FreePort.pick())
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .start();
        var database = new EmbeddedDatabase(postgres);
        try {
            database.createCatalogDatabase();
            return database;
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    String jdbcUrl() { return jdbcUrl; }

    int port() { return postgres.getPort(); }

    /** The server's version, e.g. {@code 16.9}. */
    String version() { return version; }

    private void createCatalogDatabase() throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            version = connection.getMetaData().getDatabaseProductVersion();
            exists.setString(1, NAME);
            try (var rows = exists.executeQuery()) {
                if (rows.next()) return;
            }
            try (var create = connection.createStatement()) {
                create.execute("create database " + NAME);
            }
        }
    }

    // a PostgreSQL left running by a stack that was killed (not stopped) holds the data folder; stop it first
    private static void stopLeftover(Path dataDir) throws IOException {
        var pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) return;
        var leftover = ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (leftover.isEmpty()) return;
        Progress.say("stopping a PostgreSQL left running by an earlier run (pid " + leftover.get().pid() + ")");
        leftover.get().destroy();
        leftover.get().onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
