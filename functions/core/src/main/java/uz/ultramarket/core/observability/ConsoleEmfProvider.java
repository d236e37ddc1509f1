package uz.ultramarket.core.observability;

import java.util.concurrent.CompletableFuture;
import software.amazon.cloudwatchlogs.emf.environment.Environment;
import software.amazon.cloudwatchlogs.emf.environment.EnvironmentProvider;
import software.amazon.cloudwatchlogs.emf.environment.LambdaEnvironment;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.lambda.powertools.metrics.internal.EmfMetricsLogger;
import software.amazon.lambda.powertools.metrics.provider.MetricsProvider;

/**
 * Powertools' EMF metrics, always written to stdout as in Lambda. Left to itself the EMF library probes EC2/ECS
 * metadata and an agent socket when it is not in Lambda, which in tests and the local stack means network calls.
 */
final class ConsoleEmfProvider implements MetricsProvider {

    private static final Environment STDOUT = new LambdaEnvironment();

    private static final EnvironmentProvider ENVIRONMENT = new EnvironmentProvider() {
        @Override
        public CompletableFuture<Environment> resolveEnvironment() {
            return CompletableFuture.completedFuture(STDOUT);
        }

        @Override
        public Environment getDefaultEnvironment() {
            return STDOUT;
        }
    };

    @Override
    public software.amazon.lambda.powertools.metrics.Metrics getMetricsInstance() {
        return new EmfMetricsLogger(ENVIRONMENT, new MetricsContext());
    }
}
