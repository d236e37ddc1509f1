package uz.ultramarket.orders.sweep;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

/** Every minute (EventBridge): the {@link OrderSweep}. */
public final class SweepOrdersHandler implements RequestHandler<ScheduledEvent, String> {

    private final OrderSweep sweep;

    public SweepOrdersHandler() { this(DaggerSweepOrdersComponent.create().sweep()); }

    public SweepOrdersHandler(OrderSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        var swept = sweep.sweep();
        return "expired " + swept.expired() + " order(s), released " + swept.orphansReleased() + " orphaned reservation(s)";
    }
}
