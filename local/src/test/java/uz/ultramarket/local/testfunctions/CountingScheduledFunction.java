package uz.ultramarket.local.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts its runs. */
public final class CountingScheduledFunction implements RequestHandler<ScheduledEvent, String> {
    public static final AtomicInteger RUNS = new AtomicInteger();

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        if (!"Scheduled Event".equals(event.getDetailType())) throw new IllegalArgumentException("not a scheduled event: " + event);
        return "run " + RUNS.incrementAndGet();
    }
}
