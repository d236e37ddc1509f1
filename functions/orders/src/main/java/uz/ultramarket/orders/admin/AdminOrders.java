package uz.ultramarket.orders.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import uz.ultramarket.core.audit.AuditTrail;
import uz.ultramarket.core.auth.Caller;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.OrderTransitions;
import uz.ultramarket.orders.store.OrderStore;

/**
 * Staff's orders: lists and CSV by filter, one order, and its life-cycle steps — each written together with its audit
 * entry in one DynamoDB transaction, conditional on the version staff saw, then its stock effect applied; the order
 * stream turns the step into the customer's SMS.
 */
public final class AdminOrders {

    public static final int MAX_PAGE = 100;
    static final int MAX_EXPORT = 10_000;

    /** A step staff asked for, with the version of the order they saw and, to ship, the carrier and tracking number. */
    public record Step(StaffAction action, long version, Optional<Order.Shipment> shipment) {}

    private final OrderStore orders;
    private final OrderTransitions transitions;
    private final AuditTrail audit;
    private final DynamoDbClient dynamoDb;
    private final Clock clock;

    @Inject
    public AdminOrders(OrderStore orders, OrderTransitions transitions, AuditTrail audit, DynamoDbClient dynamoDb, Clock clock) {
        this.orders = orders;
        this.transitions = transitions;
        this.audit = audit;
        this.dynamoDb = dynamoDb;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), OrderStore.SHOP_ZONE);
    }

    public OrderStore.Page list(OrderFilter filter, int limit, Optional<String> cursor) {
        if (filter.number().isPresent()) {
            return new OrderStore.Page(orders.find(filter.number().get()).stream().toList(), Optional.empty());
        }
        try {
            return orders.search(filter.search(), limit, cursor);
        } catch (OrderStore.BadCursorException e) {
            throw ApiException.badRequest("The cursor is not one this list gave.", new FieldError("cursor", "use the nextCursor of the previous page"));
        }
    }

    /** Every order of the filter, up to {@value #MAX_EXPORT}, as CSV. */
    public String export(OrderFilter filter) {
        var all = new ArrayList<Order>();
        Optional<String> cursor = Optional.empty();
        do {
            var page = list(filter, MAX_PAGE, cursor);
            all.addAll(page.orders());
            cursor = page.nextCursor();
        } while (cursor.isPresent() && all.size() < MAX_EXPORT);
        return OrdersCsv.of(all.size() > MAX_EXPORT ? all.subList(0, MAX_EXPORT) : all);
    }

    public Order get(String number) {
        return orders.find(number).orElseThrow(() -> ApiException.notFound("There is no order " + number + "."));
    }

    /** The order as staff see it now, with the steps they may take. */
    public AdminOrderView view(Order order, String language) {
        return AdminOrderView.of(order, language, clock.instant());
    }

    /** Takes {@code step} on the order: 409 naming {@code version} when it changed since, {@code action} when not allowed now. */
    public Order take(Caller caller, String number, Step step) {
        var order = get(number);
        if (order.version() != step.version()) throw stale(order);
        if (!step.action().allowedOn(order, clock.instant())) {
            throw ApiException.conflict("Order " + number + " is " + order.status() + ": it cannot be " + step.action().id() + "ed now.",
                    new FieldError("action", "not allowed while the order is " + order.status()
                            + (step.action() == StaffAction.REFUND && order.status() != OrderStatus.REFUNDED
                            ? " (an online payment is refunded through its provider)" : "")));
        }
        var moved = transitions.next(order, step.action().next(), "staff:" + caller.userId());
        if (step.action() == StaffAction.SHIP) moved = moved.carrying(step.shipment().orElseThrow());
        var entry = audit.entry(caller, "order." + step.action().id(), "order:" + number, summary(order), summary(moved));
        try {
            var written = moved;
            dynamoDb.transactWriteItems(t -> t.transactItems(orders.replacement(written), audit.append(entry)));
        } catch (TransactionCanceledException e) {
            throw stale(order);
        }
        transitions.applied(moved);
        return moved;
    }

    private static ApiException stale(Order order) {
        return ApiException.conflict("Order " + order.number() + " changed since you opened it; reload it and try again.",
                new FieldError("version", "the order is at version " + order.version()));
    }

    private static java.util.Map<String, Object> summary(Order order) {
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("status", order.status());
        fields.put("version", order.version());
        order.shipment().ifPresent(s -> fields.put("shipment", s));
        return fields;
    }
}
