package uz.ultramarket.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryArtifactsTest {

    @TempDir
    Path root;

    @Test
    void aMissingJarSaysWhichAndHowToBuildIt() {
        var artifacts = new RepositoryArtifacts(root, "1.2.3");
        var thrown = assertThrows(IllegalStateException.class, () -> artifacts.lambdaCode("ops"));
        assertTrue(thrown.getMessage().startsWith("functions/ops/target/ops-1.2.3-lambda.jar does not exist"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("mvn -B install -DskipTests"), thrown.getMessage());
    }

    @Test
    void theStorefrontIsThereOnceItsShellIsBuilt() throws IOException {
        var artifacts = new RepositoryArtifacts(root, "1.2.3");
        assertEquals(Optional.empty(), artifacts.storefront());
        Files.createDirectories(root.resolve("frontend/dist"));
        assertEquals(Optional.empty(), artifacts.storefront(), "an empty dist/ is not a build");
        Files.writeString(root.resolve("frontend/dist/index.html"), "<!doctype html>");
        assertEquals(Optional.of(root.resolve("frontend/dist")), artifacts.storefront());
    }

    @Test
    void theAppDeploysTheJarsOfItsOwnVersion() {
        var fromHere = RepositoryArtifacts.fromWorkingDirectory();
        assertTrue(Files.isDirectory(fromHere.root().resolve("functions/registry")));
        assertTrue(fromHere.lambdaJar("ops").endsWith(Path.of("functions/ops/target/ops-" + fromHere.version() + "-lambda.jar")));
        assertTrue(fromHere.version().matches("\\d+\\.\\d+\\.\\d+.*"), fromHere.version());
    }
}
