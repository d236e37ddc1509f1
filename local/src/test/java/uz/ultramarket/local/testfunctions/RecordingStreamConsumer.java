package uz.ultramarket.local.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Records every stream record it is given. */
public final class RecordingStreamConsumer implements RequestHandler<DynamodbEvent, Void> {
    public static final Queue<DynamodbEvent.DynamodbStreamRecord> RECORDS = new ConcurrentLinkedQueue<>();

    @Override
    public Void handleRequest(DynamodbEvent event, Context context) {
        RECORDS.addAll(event.getRecords());
        return null;
    }
}
