package uz.ultramarket.core.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.testing.TestContext;

class QueueFunctionTest {

    /** Fails every message whose body says so; remembers the rest. */
    static final class Picky extends QueueFunction {
        final List<String> handled = new ArrayList<>();

        @Override
        protected void handle(SQSEvent.SQSMessage message) {
            if (message.getBody().startsWith("bad")) throw new IllegalStateException("cannot handle " + message.getBody());
            handled.add(message.getBody());
        }
    }

    static SQSEvent batch(String... bodies) {
        var records = new ArrayList<SQSEvent.SQSMessage>();
        for (int i = 0; i < bodies.length; i++) {
            var message = new SQSEvent.SQSMessage();
            message.setMessageId("m" + i);
            message.setBody(bodies[i]);
            message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
            records.add(message);
        }
        var event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    @Test
    void onlyTheMessagesThatFailedAreReportedAndTheRestAreHandled() {
        var function = new Picky();
        var response = function.handleRequest(batch("one", "bad two", "three", "bad four"), new TestContext("picky"));
        assertEquals(List.of("m1", "m3"), response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        assertEquals(List.of("one", "three"), function.handled);
    }

    @Test
    void aBatchThatAllSucceedsReportsNoFailuresAndAnEmptyEventIsFine() {
        var function = new Picky();
        assertEquals(List.of(), function.handleRequest(batch("a", "b"), null).getBatchItemFailures());
        assertEquals(List.of(), function.handleRequest(new SQSEvent(), null).getBatchItemFailures());
    }
}
