package uz.ultramarket.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The build outputs in this repository: {@code functions/<module>/target/<module>-<version>-lambda.jar} (made by
 * {@code mvn install}) and {@code frontend/dist} (made by {@code npm run build}).
 */
public record RepositoryArtifacts(Path root, String version) implements Artifacts {

    /** The repository around the working directory, which is {@code infra/cdk} when the CDK CLI runs the app. */
    public static RepositoryArtifacts fromWorkingDirectory() {
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
        if (!Files.isDirectory(root.resolve("functions/registry"))) {
            throw new IllegalStateException("run the CDK app from infra/cdk of the UltraMarket repository (found no functions/ in " + root + ")");
        }
        return new RepositoryArtifacts(root, buildVersion());
    }

    @Override
    public Code lambdaCode(String module) {
        Path jar = lambdaJar(module);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(root.relativize(jar) + " does not exist: build the functions first "
                    + "(infra/cdk/synth does, or run `mvn -B install -DskipTests` in " + root + ")");
        }
        return Code.fromAsset(jar.toString());
    }

    public Path lambdaJar(String module) {
        return root.resolve("functions").resolve(module).resolve("target").resolve(module + "-" + version + "-lambda.jar");
    }

    @Override
    public Optional<Path> storefront() {
        Path dist = root.resolve("frontend/dist");
        return Files.isRegularFile(dist.resolve("index.html")) ? Optional.of(dist) : Optional.empty();
    }

    // the project version Maven filtered into the app's resources: the jars carry it in their names
    private static String buildVersion() {
        try (InputStream in = RepositoryArtifacts.class.getResourceAsStream("/ultramarket-build.properties")) {
            if (in == null) throw new IllegalStateException("ultramarket-build.properties is missing: build infra/cdk with Maven");
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
