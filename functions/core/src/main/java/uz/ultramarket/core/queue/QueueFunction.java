package uz.ultramarket.core.queue;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.crac.Priming;
import uz.ultramarket.core.observability.LogContext;
import uz.ultramarket.core.observability.Metrics;

/**
 * The one SQS adapter: a queue consumer extends it and implements {@link #handle} for one message. Each message of
 * the batch is handled on its own; one that throws is reported in {@code batchItemFailures} (the event source mapping
 * has {@code ReportBatchItemFailures}), so only it comes back — after the queue's {@code maxReceiveCount} tries it is
 * in the dead-letter queue. Logs one JSON line per failed message (message id, receive count, function name) and emits
 * {@code Messages} and {@code MessageFailures} per batch. Primes itself before a SnapStart snapshot.
 */
public abstract class QueueFunction implements RequestHandler<SQSEvent, SQSBatchResponse>, Resource {

    /** The key of the SQS message id in each log line. */
    public static final String MESSAGE_ID = "message_id";

    private static final Logger LOG = LoggerFactory.getLogger(QueueFunction.class);

    private final String defaultFunctionName;

    protected QueueFunction() {
        String className = getClass().getSimpleName().isEmpty() ? getClass().getName() : getClass().getSimpleName();
        this.defaultFunctionName = Config.fromEnvironment().get("AWS_LAMBDA_FUNCTION_NAME").orElse(className);
        Priming.register(this);
    }

    /** Handles one message; throw to have it tried again (and, after the last try, dead-lettered). */
    protected abstract void handle(SQSEvent.SQSMessage message);

    @Override
    public final SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        String functionName = context != null && context.getFunctionName() != null ? context.getFunctionName() : defaultFunctionName;
        List<SQSEvent.SQSMessage> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        var failures = new ArrayList<SQSBatchResponse.BatchItemFailure>();
        for (var message : records) {
            boolean handled = LogContext.run(context, Map.of(MESSAGE_ID, String.valueOf(message.getMessageId()),
                    LogContext.FUNCTION_NAME, functionName), () -> handleOne(message));
            if (!handled) failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
        }
        recordMetrics(functionName, records.size(), failures.size());
        return new SQSBatchResponse(failures);
    }

    private boolean handleOne(SQSEvent.SQSMessage message) {
        try {
            handle(message);
            return true;
        } catch (RuntimeException e) {
            String receiveCount = message.getAttributes() == null ? null : message.getAttributes().get("ApproximateReceiveCount");
            LOG.warn("Message failed, to be tried again {}: {}", entry("receive_count", receiveCount), e.toString(), e);
            return false;
        }
    }

    private static void recordMetrics(String functionName, int messages, int failures) {
        try {
            Metrics.forFunction(functionName).emit(metrics -> {
                metrics.addMetric("Messages", messages, MetricUnit.COUNT);
                metrics.addMetric("MessageFailures", failures, MetricUnit.COUNT);
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not emit metrics", e);
        }
    }

    /** Runs before the SnapStart snapshot: warms JSON; override to warm more, without opening connections. */
    protected void prime() {
        Priming.warmJson();
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // nothing to reconnect: clients open connections on demand
    }
}
