package uz.ultramarket.core.observability;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Runs one invocation with Powertools' logging context (function name, Lambda request id, cold start, service) plus
 * our own keys, so every JSON log line of it carries them; cleared afterwards. Powertools' functional API, no AspectJ.
 */
public final class LogContext {

    /** API Gateway's request id (the one the caller sees as {@code X-Request-Id}). */
    public static final String REQUEST_ID = "request_id";
    /** The matched route, e.g. {@code POST /api/cart/items}. */
    public static final String ROUTE = "route";
    /** Same key Powertools fills from the Lambda context; set here too for invocations without one. */
    public static final String FUNCTION_NAME = "function_name";

    private LogContext() {}

    public static <T> T run(Context lambdaContext, Map<String, String> fields, Supplier<T> invocation) {
        return PowertoolsLogging.withLogging(lambdaContext, () -> {
            fields.forEach((key, value) -> {
                if (value != null) {
                    MDC.put(key, value);
                }
            });
            return invocation.get();
        });
    }
}
