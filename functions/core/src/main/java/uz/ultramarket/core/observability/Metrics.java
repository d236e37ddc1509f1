package uz.ultramarket.core.observability;

import java.util.function.Consumer;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;
import uz.ultramarket.core.config.Config;

/**
 * CloudWatch metrics of one function, written as embedded-metric-format lines on stdout through Powertools:
 * namespace {@value #NAMESPACE}, dimension {@value #FUNCTION_DIMENSION}. Each call flushes one EMF document of its own,
 * so concurrent invocations in one JVM (the local stack) never share metric state.
 * Set {@code POWERTOOLS_METRICS_DISABLED=true} (environment or system property) to silence them.
 */
public record Metrics(String functionName) {

    public static final String NAMESPACE = "UltraMarket";
    public static final String FUNCTION_DIMENSION = "FunctionName";

    static {
        MetricsFactory.setMetricsProvider(new ConsoleEmfProvider());
    }

    public static Metrics forFunction(String functionName) {
        return new Metrics(functionName);
    }

    /** One HTTP invocation: {@code Requests}, {@code Errors4xx}, {@code Errors5xx} (0 or 1 each) and {@code Latency}. */
    public void recordRequest(int status, long latencyMillis) {
        emit(metrics -> {
            metrics.addMetric("Requests", 1, MetricUnit.COUNT);
            // zeros are emitted too, so the Average statistic of an error metric is the error rate
            metrics.addMetric("Errors4xx", status >= 400 && status < 500 ? 1 : 0, MetricUnit.COUNT);
            metrics.addMetric("Errors5xx", status >= 500 ? 1 : 0, MetricUnit.COUNT);
            metrics.addMetric("Latency", latencyMillis, MetricUnit.MILLISECONDS);
        });
    }

    /** Adds one to a counter, e.g. {@code count("OrdersPlaced")}. */
    public void count(String metric) {
        emit(metrics -> metrics.addMetric(metric, 1, MetricUnit.COUNT));
    }

    /** Flushes whatever {@code body} adds as one EMF document with this function's namespace and dimension. */
    public void emit(Consumer<software.amazon.lambda.powertools.metrics.Metrics> body) {
        if (Config.fromEnvironment().getBoolean("POWERTOOLS_METRICS_DISABLED", false)) {
            return;
        }
        MetricsFactory.getMetricsInstance().flushMetrics(metrics -> {
            metrics.setNamespace(NAMESPACE);
            metrics.setDefaultDimensions(DimensionSet.of(FUNCTION_DIMENSION, functionName));
            body.accept(metrics);
        });
    }
}
