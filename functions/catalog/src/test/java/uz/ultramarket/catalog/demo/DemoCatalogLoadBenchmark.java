package uz.ultramarket.catalog.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import uz.ultramarket.catalog.load.CatalogLoader;

/**
 * Not a test: times generating and loading the demo catalog at 2,000 and 100,000 products into an embedded
 * PostgreSQL 16, each into a fresh database. Run it with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=uz.ultramarket.catalog.demo.DemoCatalogLoadBenchmark}.
 */
public final class DemoCatalogLoadBenchmark {

    public static void main(String[] args) throws Exception {
        String migrations = System.getProperty("catalog.migrations", "../ops/src/main/resources/db/migration");
        try (var server = EmbeddedPostgres.builder().start()) {
            for (int size : new int[] {DemoCatalog.STANDARD_SIZE, DemoCatalog.SCALE_SIZE}) {
                try (var connection = server.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE bench_" + size);
                }
                var dataSource = server.getDatabase("postgres", "bench_" + size);
                Flyway.configure().dataSource(dataSource).locations("filesystem:" + migrations).load().migrate();
                long started = System.nanoTime();
                var catalog = DemoCatalog.generate(DemoCatalog.SEED, size);
                var generated = Duration.ofNanos(System.nanoTime() - started);
                var result = new CatalogLoader(dataSource).load(catalog);
                System.out.printf("%,d products, %,d SKUs: generated in %d ms, loaded (COPY + triggers + VACUUM ANALYZE) in %d ms%n",
                        result.products(), result.skus(), generated.toMillis(), result.took().toMillis());
            }
        }
    }
}
