package uz.ultramarket.payments.payme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import javax.inject.Inject;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderLifecycle;
import uz.ultramarket.orders.OrderNumber;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.OrderTransitions;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.orders.store.OrderStore;
import uz.ultramarket.payments.store.CallbackLog;
import uz.ultramarket.payments.store.PaymentStore;

/**
 * The Merchant API's methods (spec §4) over our stores. Every reply is built from what is stored, so a repeated call
 * gets the same bytes; every change is written — with the order's step, in one transaction — before the reply. An order
 * is held for one Payme transaction at a time ({@link Order.PaymentClaim}), until Payme's 12-hour timeout.
 */
public final class PaymeMerchant {

    static final String ACTOR = "payme";
    private static final int ATTEMPTS = 5;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final EnumSet<OrderStatus> CLOSED = EnumSet.of(OrderStatus.CANCELLED, OrderStatus.EXPIRED, OrderStatus.REFUNDED);

    private final PaymentStore payments;
    private final OrderStore orders;
    private final OrderTransitions transitions;
    private final PaymeKassa kassa;
    private final Clock clock;

    @Inject
    public PaymeMerchant(PaymentStore payments, OrderStore orders, OrderTransitions transitions, PaymeKassa kassa, Clock clock) {
        this.payments = payments;
        this.orders = orders;
        this.transitions = transitions;
        this.kassa = kassa;
        this.clock = clock;
    }

    /** Answers {@code method} with {@code params}: the {@code result} member, or a {@link PaymeError}. */
    public JsonNode call(String method, JsonNode params, CallbackLog.Entry entry) {
        return switch (method) {
            case "CheckPerformTransaction" -> checkPerform(params);
            case "CreateTransaction" -> create(params, entry);
            case "PerformTransaction" -> perform(params, entry);
            case "CancelTransaction" -> cancel(params, entry);
            case "CheckTransaction" -> check(params);
            case "GetStatement" -> statement(params);
            case "SetFiscalData" -> fiscalData(params, entry);
            case "ChangePassword" -> changePassword(params);
            default -> throw PaymeError.methodNotFound(method);
        };
    }

    private JsonNode checkPerform(JsonNode params) {
        String number = orderNumber(params);
        var order = payable(Optional.of(number).filter(OrderNumber::isValid).flatMap(orders::find), amount(params), Optional.empty());
        return NODES.objectNode().put("allow", true).set("detail", FiscalDetail.of(order));
    }

    private JsonNode create(JsonNode params, CallbackLog.Entry entry) {
        String id = id(params);
        long time = longField(params, "time");
        String number = orderNumber(params);
        long amount = amount(params);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var read = payments.paymeWithOrder(id, number, orders);
            if (read.transaction().isPresent()) {
                var transaction = timedOutIfDue(read.transaction().get());
                if (transaction.state() != PaymeTransaction.CREATED) throw PaymeError.impossible();
                return created(transaction);
            }
            var order = payable(read.order(), amount, Optional.of(id));
            long now = clock.millis();
            if (now - time > PaymeTransaction.TIMEOUT_MILLIS) throw PaymeError.impossible(); // born past Payme's own timeout
            var transaction = PaymeTransaction.created(id, time, amount, order.number(), Ids.newId(), now);
            var claimed = order.claimedFor(new Order.PaymentClaim(PaymentMethod.PAYME, id,
                    Instant.ofEpochMilli(time + PaymeTransaction.TIMEOUT_MILLIS)));
            if (payments.commit(entry, "ok", payments.created(transaction), orders.replacement(claimed)) instanceof PaymentStore.Outcome.Written) {
                return created(transaction);
            }
            // a repeat of this call or another write to the order came first: decide again on what is stored now
        }
        throw PaymeError.system();
    }

    private JsonNode perform(JsonNode params, CallbackLog.Entry entry) {
        String id = id(params);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var transaction = timedOutIfDue(payments.payme(id).orElseThrow(PaymeError::transactionNotFound));
            if (transaction.state() == PaymeTransaction.PERFORMED) return performed(transaction);
            if (transaction.state() != PaymeTransaction.CREATED) throw PaymeError.impossible();
            var order = orders.find(transaction.orderNumber()).orElseThrow(PaymeError::system);
            boolean held = order.status() == OrderStatus.PENDING_PAYMENT
                    && order.payment().filter(claim -> claim.isBy(PaymentMethod.PAYME, id)).isPresent();
            if (!held) throw PaymeError.impossible(); // cancelled by staff meanwhile: Payme cancels the transaction then
            var done = transaction.performed(clock.millis());
            var paid = transitions.next(order, OrderStatus.PAID, ACTOR);
            if (payments.commit(entry, "ok", payments.updated(done, PaymeTransaction.CREATED), orders.replacement(paid)) instanceof PaymentStore.Outcome.Written) {
                transitions.applied(paid);
                return performed(done);
            }
        }
        throw PaymeError.system();
    }

    private JsonNode cancel(JsonNode params, CallbackLog.Entry entry) {
        String id = id(params);
        int reason = (int) longField(params, "reason");
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var transaction = timedOutIfDue(payments.payme(id).orElseThrow(PaymeError::transactionNotFound));
            if (transaction.state() < 0) return cancelled(transaction);
            var order = orders.find(transaction.orderNumber()).orElseThrow(PaymeError::system);
            var done = transaction.cancelled(clock.millis(), reason);
            Optional<Order> moved;
            if (transaction.state() == PaymeTransaction.CREATED) {
                boolean held = order.status() == OrderStatus.PENDING_PAYMENT
                        && order.payment().filter(claim -> claim.isBy(PaymentMethod.PAYME, id)).isPresent();
                // Payme's own timeout (reason 4) expires the order, as our sweep would; any other reason cancels it
                var next = reason == PaymeTransaction.REASON_TIMEOUT ? OrderStatus.EXPIRED : OrderStatus.CANCELLED;
                moved = held ? Optional.of(transitions.next(order, next, ACTOR)) : Optional.empty();
            } else {
                // performed: a refund, while the goods have not gone out
                if (!OrderLifecycle.allows(order.status(), OrderStatus.REFUNDED) || order.status() == OrderStatus.DELIVERED) {
                    throw PaymeError.cannotCancel();
                }
                moved = Optional.of(transitions.next(order, OrderStatus.REFUNDED, ACTOR));
            }
            var update = payments.updated(done, transaction.state());
            var outcome = moved.isPresent() ? payments.commit(entry, "ok", update, orders.replacement(moved.get())) : payments.commit(entry, "ok", update);
            if (outcome instanceof PaymentStore.Outcome.Written) {
                moved.ifPresent(transitions::applied);
                return cancelled(done);
            }
        }
        throw PaymeError.system();
    }

    private JsonNode check(JsonNode params) {
        var t = timedOutIfDue(payments.payme(id(params)).orElseThrow(PaymeError::transactionNotFound));
        var result = NODES.objectNode().put("create_time", t.createTime()).put("perform_time", t.performTime())
                .put("cancel_time", t.cancelTime()).put("transaction", t.transaction()).put("state", t.state());
        t.reason().ifPresentOrElse(r -> result.put("reason", r), () -> result.putNull("reason"));
        return result;
    }

    private JsonNode statement(JsonNode params) {
        long from = longField(params, "from");
        long to = longField(params, "to");
        if (from > to) throw PaymeError.invalidRequest("from");
        var list = NODES.arrayNode();
        for (var t : payments.paymeBetween(from, to)) {
            var item = list.addObject().put("id", t.id()).put("time", t.time()).put("amount", t.amount());
            item.putObject("account").put("order_id", t.orderNumber());
            item.put("create_time", t.createTime()).put("perform_time", t.performTime()).put("cancel_time", t.cancelTime())
                    .put("transaction", t.transaction()).put("state", t.state());
            t.reason().ifPresentOrElse(r -> item.put("reason", r), () -> item.putNull("reason"));
            item.putNull("receivers");
        }
        return NODES.objectNode().set("transactions", list);
    }

    private JsonNode fiscalData(JsonNode params, CallbackLog.Entry entry) {
        String id = id(params);
        String type = params.path("type").asText("");
        if (!type.equals("PERFORM") && !type.equals("CANCEL")) throw PaymeError.badParams("type");
        var data = params.path("fiscal_data");
        if (!data.isObject()) throw PaymeError.badParams("fiscal_data");
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var transaction = payments.payme(id).orElseThrow(PaymeError::receiptNotFound);
            var updated = transaction.withFiscal(type.equals("PERFORM"), data);
            if (payments.commit(entry, "ok", payments.updated(updated, transaction.state())) instanceof PaymentStore.Outcome.Written) {
                return NODES.objectNode().put("success", true);
            }
        }
        throw PaymeError.system();
    }

    private JsonNode changePassword(JsonNode params) {
        var password = params.path("password");
        if (!password.isTextual() || password.asText().isBlank()) throw PaymeError.invalidRequest("password");
        if (kassa.isCurrent(password.asText())) throw PaymeError.insufficientPrivileges();
        try {
            kassa.rotate(password.asText());
        } catch (RuntimeException e) {
            throw PaymeError.system();
        }
        return NODES.objectNode().put("success", true);
    }

    /** Spec §7: a created transaction past Payme's timeout is cancelled (reason 4) — and its order expired — before anything else. */
    private PaymeTransaction timedOutIfDue(PaymeTransaction transaction) {
        var current = transaction;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long now = clock.millis();
            if (!current.timedOut(now)) return current;
            var done = current.cancelled(now, PaymeTransaction.REASON_TIMEOUT);
            var order = orders.find(current.orderNumber()).orElseThrow(PaymeError::system);
            var expired = order.status() == OrderStatus.PENDING_PAYMENT
                    && order.payment().filter(c -> c.isBy(PaymentMethod.PAYME, done.id())).isPresent()
                    ? Optional.of(transitions.next(order, OrderStatus.EXPIRED, ACTOR)) : Optional.<Order>empty();
            var update = payments.updated(done, PaymeTransaction.CREATED);
            var outcome = expired.isPresent() ? payments.commit(update, orders.replacement(expired.get())) : payments.commit(update);
            if (outcome instanceof PaymentStore.Outcome.Written) {
                expired.ifPresent(transitions::applied);
                return done;
            }
            current = payments.payme(current.id()).orElseThrow();
        }
        throw PaymeError.system();
    }

    /** The order (as read for the call's {@code order_id}) if Payme may pay it {@code amount} now (for transaction {@code id}, when one is being created). */
    private Order payable(Optional<Order> read, long amount, Optional<String> id) {
        var order = read.orElseThrow(PaymeError::orderNotFound);
        if (CLOSED.contains(order.status())) throw PaymeError.orderClosed();
        if (order.paymentMethod() == PaymentMethod.CASH) throw PaymeError.paidInCash();
        if (order.status() != OrderStatus.PENDING_PAYMENT) throw PaymeError.impossible(); // paid already
        if (order.total().tiyin() != amount) throw PaymeError.wrongAmount();
        var now = clock.instant();
        boolean heldByAnother = order.paymentUnderWay(now)
                && order.payment().filter(claim -> id.isPresent() && claim.isBy(PaymentMethod.PAYME, id.get())).isEmpty();
        if (heldByAnother) throw PaymeError.impossible();
        return order;
    }

    private static JsonNode created(PaymeTransaction t) {
        var result = NODES.objectNode().put("create_time", t.createTime()).put("transaction", t.transaction()).put("state", t.state());
        result.putNull("receivers");
        return result;
    }

    private static JsonNode performed(PaymeTransaction t) {
        return NODES.objectNode().put("transaction", t.transaction()).put("perform_time", t.performTime()).put("state", t.state());
    }

    private static JsonNode cancelled(PaymeTransaction t) {
        return NODES.objectNode().put("transaction", t.transaction()).put("cancel_time", t.cancelTime()).put("state", t.state());
    }

    private static String id(JsonNode params) {
        var id = params.path("id");
        if (!id.isTextual() || id.asText().isBlank()) throw PaymeError.invalidRequest("id");
        return id.asText();
    }

    private static long longField(JsonNode params, String name) {
        var value = params.path(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) throw PaymeError.invalidRequest(name);
        return value.asLong();
    }

    private static long amount(JsonNode params) {
        var value = params.path("amount");
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) throw PaymeError.wrongAmount();
        return value.asLong();
    }

    private static String orderNumber(JsonNode params) {
        var value = params.path("account").path("order_id");
        if (value.isTextual() && !value.asText().isBlank()) return value.asText().strip();
        if (value.isIntegralNumber()) return value.asText();
        throw PaymeError.orderNotFound();
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }
}
