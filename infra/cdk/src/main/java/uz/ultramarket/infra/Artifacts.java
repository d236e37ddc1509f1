package uz.ultramarket.infra;

import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awscdk.services.lambda.Code;

/** What the stack deploys that the build makes: each function module's Lambda jar and the storefront's static files. */
public interface Artifacts {

    /** The deployment package of the functions in {@code module} (a new {@link Code} per call: one per function). */
    Code lambdaCode(String module);

    /** The built storefront ({@code index.html} and its assets), when there is one. */
    Optional<Path> storefront();
}
