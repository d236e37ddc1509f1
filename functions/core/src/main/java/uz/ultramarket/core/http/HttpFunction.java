package uz.ultramarket.core.http;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.crac.Priming;
import uz.ultramarket.core.observability.LogContext;
import uz.ultramarket.core.observability.Metrics;

/**
 * The one HTTP adapter: every API function extends it and implements {@link #handle}. It decodes the API Gateway
 * payload 2.0 event, enforces the body size limit, turns {@link ApiException} into its problem and anything else into
 * a 500 that names only the request id, adds {@code X-Request-Id} and {@code Content-Type}, logs one JSON line per
 * request with the request id, route and function name, and emits {@code Requests}, {@code Errors4xx},
 * {@code Errors5xx} and {@code Latency} metrics. It primes itself before a SnapStart snapshot.
 */
public abstract class HttpFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Resource {

    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(HttpFunction.class);

    private final long maxBodyBytes;
    private final String defaultFunctionName;
    private boolean priming;

    protected HttpFunction() {
        this(DEFAULT_MAX_BODY_BYTES);
    }

    protected HttpFunction(long maxBodyBytes) {
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must not be negative");
        }
        this.maxBodyBytes = maxBodyBytes;
        String className = getClass().getSimpleName().isEmpty() ? getClass().getName() : getClass().getSimpleName();
        this.defaultFunctionName = Config.fromEnvironment().get("AWS_LAMBDA_FUNCTION_NAME").orElse(className);
        Priming.register(this);
    }

    /** Answers one request; throw {@link ApiException} for a 4xx/5xx the caller should see. */
    protected abstract HttpResponse handle(HttpRequest request);

    /** A representative request to run once before a SnapStart snapshot; override to warm the real code path. */
    protected Optional<APIGatewayV2HTTPEvent> primingEvent() {
        return Optional.empty();
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        long started = System.nanoTime();
        String requestId = RequestDecoder.requestId(event, context);
        String routeKey = RequestDecoder.routeKey(event);
        String functionName = context != null && context.getFunctionName() != null
                ? context.getFunctionName()
                : defaultFunctionName;
        Map<String, String> logFields = Map.of(
                LogContext.REQUEST_ID, requestId,
                LogContext.ROUTE, routeKey,
                LogContext.FUNCTION_NAME, functionName);
        return LogContext.run(context, logFields, () -> {
            HttpResponse response = respond(event, requestId, routeKey);
            long latencyMillis = (System.nanoTime() - started) / 1_000_000;
            LOG.info("Handled {} {} {} {}",
                    entry("method", RequestDecoder.method(event)), entry("path", RequestDecoder.path(event)),
                    entry("status", response.status()), entry("latency_ms", latencyMillis));
            recordMetrics(functionName, response.status(), latencyMillis);
            return toEvent(response, requestId);
        });
    }

    private HttpResponse respond(APIGatewayV2HTTPEvent event, String requestId, String routeKey) {
        try {
            HttpResponse response = handle(RequestDecoder.decode(event, requestId, maxBodyBytes));
            if (response == null) {
                throw new IllegalStateException("handler of " + routeKey + " returned no response");
            }
            return response;
        } catch (ApiException e) {
            if (e.status() >= 500) {
                LOG.warn("Answered {}: {}", e.status(), e.problem().detail());
            }
            return HttpResponse.problem(e);
        } catch (RuntimeException e) {
            if (isTransient(e)) {
                // a busy or failing-over database: not the caller's fault, and worth trying again shortly
                LOG.warn("Answered 503 to {}: {}", routeKey, e.getMessage());
                return HttpResponse.problem(ApiException.unavailable("The shop is busy; please try again in a moment.")
                        .withRetryAfter(java.time.Duration.ofSeconds(1)));
            }
            // the stack trace goes to the log only; the caller gets the request id to quote
            LOG.error("Unhandled error answering {}", routeKey, e);
            return HttpResponse.problem(Problem.internal(requestId));
        }
    }

    private static boolean isTransient(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientException) return true;
        }
        return false;
    }

    private void recordMetrics(String functionName, int status, long latencyMillis) {
        if (priming) {
            return;
        }
        try {
            Metrics.forFunction(functionName).recordRequest(status, latencyMillis);
        } catch (RuntimeException e) {
            LOG.warn("Could not emit metrics", e);
        }
    }

    private static APIGatewayV2HTTPResponse toEvent(HttpResponse response, String requestId) {
        String body = response.body() == null ? "" : response.body();
        HttpResponse complete = response;
        if (!body.isEmpty() && response.header("Content-Type").isEmpty()) {
            complete = complete.withHeader("Content-Type", HttpResponse.JSON);
        }
        if (response.header("Cache-Control").isEmpty()) {
            // API answers are per user; CloudFront and browsers must not reuse them unless a handler says so
            complete = complete.withHeader("Cache-Control", "no-store");
        }
        complete = complete.withHeader("X-Content-Type-Options", "nosniff").withHeader("X-Request-Id", requestId);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(complete.status())
                .withHeaders(new LinkedHashMap<>(complete.headers()))
                .withCookies(complete.cookies().isEmpty() ? null : complete.cookies())
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }

    /** Runs before the SnapStart snapshot: warms JSON and, if {@link #primingEvent()} gives one, a whole request. */
    protected void prime() {
        Priming.warmJson();
        primingEvent().ifPresent(event -> {
            priming = true;
            try {
                handleRequest(event, null);
            } finally {
                priming = false;
            }
        });
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // nothing to reconnect: SDK clients and the pool open connections on demand
    }
}
