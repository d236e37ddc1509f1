package uz.ultramarket.admin.analytics;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.queue.QueueFunction;

/** Order events (queue {@code order-tally}) → the order counted again as it is now in the dashboard's figures. */
public final class TallyOrdersHandler extends QueueFunction {

    private static final Logger LOG = LoggerFactory.getLogger(TallyOrdersHandler.class);

    private final OrderTallies tallies;

    public TallyOrdersHandler() { this(DaggerTallyOrdersComponent.create().tallies()); }

    public TallyOrdersHandler(OrderTallies tallies) {
        this.tallies = tallies;
    }

    @Override
    protected void handle(SQSEvent.SQSMessage message) {
        // only the number is read: the order itself, not the event, says what it adds now
        String number = Json.read(message.getBody(), JsonNode.class).path("orderNumber").asText("");
        if (number.isEmpty() || !tallies.recount(number)) LOG.warn("No order to count for event {}", message.getMessageId());
    }
}
