package uz.ultramarket.local.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Records the body of every message it consumes; reports each message whose body contains "poison" as failed. */
public final class RecordingQueueConsumer implements RequestHandler<SQSEvent, SQSBatchResponse> {
    public static final Queue<String> CONSUMED = new ConcurrentLinkedQueue<>();
    public static final Queue<SQSEvent.SQSMessage> RECEIVED = new ConcurrentLinkedQueue<>();

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        var failures = new ArrayList<SQSBatchResponse.BatchItemFailure>();
        for (var message : event.getRecords()) {
            RECEIVED.add(message);
            if (message.getBody().contains("poison")) failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            else CONSUMED.add(message.getBody());
        }
        return new SQSBatchResponse(failures);
    }
}
