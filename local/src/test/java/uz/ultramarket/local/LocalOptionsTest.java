package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalOptionsTest {
    @TempDir Path repo;

    @Test
    void defaultsComeFromTheRepositoryRoot() throws IOException {
        Files.createDirectories(repo.resolve("functions"));
        var inside = Files.createDirectories(repo.resolve("local/target"));
        var options = LocalOptions.parse(new String[0], Map.of(), inside);
        assertEquals(3000, options.port());
        assertEquals(repo.resolve("local/.data").toAbsolutePath(), options.dataDir());
        assertEquals(repo.resolve("frontend/dist").toAbsolutePath(), options.frontendDir());
        assertFalse(options.fresh());
        assertFalse(options.verbose());
        assertEquals(Optional.empty(), options.awsEndpoint());
        assertEquals(2_000, options.demoProducts());
        assertEquals(200, options.demoOrders());
    }

    @Test
    void everyOptionIsRead() {
        var options = LocalOptions.parse(new String[] {"--port", "3100", "--fresh", "--verbose", "--data-dir", "data", "--frontend", "/srv/site",
                        "--demo-products", "100000", "--demo-orders", "0"},
                Map.of("AWS_ENDPOINT_URL", "http://localhost:4566"), repo);
        assertEquals(3100, options.port());
        assertTrue(options.fresh());
        assertTrue(options.verbose());
        assertEquals(repo.resolve("data"), options.dataDir());
        assertEquals(Path.of("/srv/site"), options.frontendDir());
        assertEquals(Optional.of(URI.create("http://localhost:4566")), options.awsEndpoint());
        assertEquals(100_000, options.demoProducts());
        assertEquals(0, options.demoOrders());
    }

    @Test
    void rootCanBeNamed() {
        var options = LocalOptions.parse(new String[] {"--root", repo.toString()}, Map.of("AWS_ENDPOINT_URL", " "), Path.of("/"));
        assertEquals(repo.resolve("local/.data"), options.dataDir());
        assertEquals(Optional.empty(), options.awsEndpoint(), "a blank AWS_ENDPOINT_URL means none");
    }

    @Test
    void mistakesAreExplained() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(new String[] {"--prot", "1"}, Map.of(), repo));
        assertTrue(unknown.getMessage().contains("unknown option --prot"));
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(new String[] {"--port", "x", "--root", "."}, Map.of(), repo));
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(new String[] {"--port"}, Map.of(), repo));
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(new String[] {"--demo-products", "-1", "--root", "."}, Map.of(), repo));
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(new String[] {"--demo-orders", "many", "--root", "."}, Map.of(), repo));
        var noRoot = assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(new String[0], Map.of(), repo));
        assertTrue(noRoot.getMessage().contains("--root"));
    }
}
