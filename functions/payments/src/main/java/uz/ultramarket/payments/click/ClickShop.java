package uz.ultramarket.payments.click;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Supplier;
import javax.inject.Inject;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.OrderTransitions;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.orders.store.OrderStore;
import uz.ultramarket.payments.store.CallbackLog;
import uz.ultramarket.payments.store.PaymentStore;

/**
 * Click's Prepare and Complete (spec §2, §3, §7) over our stores, checked in the spec's order: fields (-8), signature
 * (-1), action (-3), service, order (-5), amount (-2), then the payment's state. Prepare holds the order for this
 * payment ({@link Order.PaymentClaim}) for {@link #HOLD}; Complete pays it (stock taken) or, on Click's error, cancels it
 * (stock released). Replies follow from what is stored, so a repeat is answered as the first.
 */
public final class ClickShop {

    /** Click names no timeout; a prepared payment holds the order this long, then another payment may take it. */
    public static final Duration HOLD = Duration.ofMinutes(30);

    static final String ACTOR = "click";
    private static final int ATTEMPTS = 5;
    private static final EnumSet<OrderStatus> CLOSED = EnumSet.of(OrderStatus.CANCELLED, OrderStatus.EXPIRED);

    private final PaymentStore payments;
    private final OrderStore orders;
    private final OrderTransitions transitions;
    private final Supplier<ClickService> service;
    private final Clock clock;

    @Inject
    public ClickShop(PaymentStore payments, OrderStore orders, OrderTransitions transitions, Supplier<ClickService> service, Clock clock) {
        this.payments = payments;
        this.orders = orders;
        this.transitions = transitions;
        this.service = service;
        this.clock = clock;
    }

    /** The reply to Prepare ({@code action=0}). */
    public ObjectNode prepare(ClickRequest request, CallbackLog.Entry entry) {
        var unsigned = signed(request, "0");
        if (unsigned.isPresent()) return reply(request, unsigned.get(), Optional.empty());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var read = payments.clickWithOrder(request.clickTransId(), request.merchantTransId(), orders);
            var refused = forOrder(request, read.order());
            if (refused.isPresent()) return reply(request, refused.get(), Optional.empty());
            var existing = read.payment();
            if (existing.isPresent()) {
                var payment = existing.get();
                return switch (payment.state()) {
                    case PREPARED -> reply(request, ClickError.SUCCESS, Optional.of(payment.prepareId()));
                    case CONFIRMED -> reply(request, ClickError.ALREADY_PAID, Optional.of(payment.prepareId()));
                    case CANCELLED -> reply(request, ClickError.TRANSACTION_CANCELLED, Optional.of(payment.prepareId()));
                };
            }
            var order = read.order().orElseThrow();
            var unpayable = unpayable(order, request);
            if (unpayable.isPresent()) return reply(request, unpayable.get(), Optional.empty());
            var now = clock.instant();
            var payment = new ClickPayment(request.clickTransId(), request.clickPaydocId(), order.number(), order.total(),
                    payments.nextPrepareId(), Optional.empty(), ClickPayment.State.PREPARED, now, Optional.empty());
            var claimed = order.claimedFor(new Order.PaymentClaim(PaymentMethod.CLICK, request.clickTransId(), now.plus(HOLD)));
            if (payments.commit(entry, "ok", payments.created(payment), orders.replacement(claimed)) instanceof PaymentStore.Outcome.Written) {
                return reply(request, ClickError.SUCCESS, Optional.of(payment.prepareId()));
            }
        }
        return reply(request, ClickError.FAILED_TO_UPDATE_USER, Optional.empty());
    }

    /** The reply to Complete ({@code action=1}). */
    public ObjectNode complete(ClickRequest request, CallbackLog.Entry entry) {
        var unsigned = signed(request, "1");
        if (unsigned.isPresent()) return reply(request, unsigned.get(), Optional.empty());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var read = payments.clickWithOrder(request.clickTransId(), request.merchantTransId(), orders);
            var refused = forOrder(request, read.order());
            if (refused.isPresent()) return reply(request, refused.get(), Optional.empty());
            var stored = read.payment()
                    .filter(p -> Long.toString(p.prepareId()).equals(request.merchantPrepareId().orElseThrow()))
                    .filter(p -> p.orderNumber().equals(request.merchantTransId()));
            if (stored.isEmpty()) return reply(request, ClickError.TRANSACTION_DOES_NOT_EXIST, Optional.empty());
            var payment = stored.get();
            if (request.amountTiyin().filter(tiyin -> tiyin == payment.amount().tiyin()).isEmpty()) {
                return reply(request, ClickError.INCORRECT_AMOUNT, Optional.empty());
            }
            switch (payment.state()) {
                case CONFIRMED -> { return reply(request, ClickError.ALREADY_PAID, Optional.of(payment.prepareId())); }
                case CANCELLED -> { return reply(request, ClickError.TRANSACTION_CANCELLED, Optional.empty()); }
                case PREPARED -> { }
            }
            var order = read.order().orElseThrow();
            boolean held = order.status() == OrderStatus.PENDING_PAYMENT
                    && order.payment().filter(claim -> claim.isBy(PaymentMethod.CLICK, payment.clickTransId())).isPresent();
            var now = clock.instant();
            if (request.clickFailed() || !held) {
                // Click could not debit, or the order went elsewhere meanwhile (Click then returns the money): cancelled
                var cancelled = payment.cancelled(now);
                var order2 = held ? Optional.of(transitions.next(order, OrderStatus.CANCELLED, ACTOR)) : Optional.<Order>empty();
                var update = payments.updated(cancelled, ClickPayment.State.PREPARED);
                String answer = Integer.toString(ClickError.TRANSACTION_CANCELLED.code());
                var outcome = order2.isPresent() ? payments.commit(entry, answer, update, orders.replacement(order2.get()))
                        : payments.commit(entry, answer, update);
                if (outcome instanceof PaymentStore.Outcome.Written) {
                    order2.ifPresent(transitions::applied);
                    return reply(request, ClickError.TRANSACTION_CANCELLED, Optional.empty());
                }
                continue;
            }
            var confirmed = payment.confirmed(now);
            var paid = transitions.next(order, OrderStatus.PAID, ACTOR);
            if (payments.commit(entry, "ok", payments.updated(confirmed, ClickPayment.State.PREPARED), orders.replacement(paid)) instanceof PaymentStore.Outcome.Written) {
                transitions.applied(paid);
                return reply(request, ClickError.SUCCESS, confirmed.confirmId());
            }
        }
        return reply(request, ClickError.FAILED_TO_UPDATE_USER, Optional.empty());
    }

    /** What is checked before anything is read: the signature, the action, the service. */
    private Optional<ClickError> signed(ClickRequest request, String action) {
        var click = service.get();
        if (!ClickSignature.matches(request, click.secretKey())) return Optional.of(ClickError.SIGN_CHECK_FAILED);
        if (!request.action().equals(action)) return Optional.of(ClickError.ACTION_NOT_FOUND);
        if (!request.serviceId().equals(click.serviceId())) return Optional.of(ClickError.ERROR_IN_REQUEST);
        return Optional.empty();
    }

    /** Then the order the request names ({@code read}: absent when there is none) and the amount. */
    private static Optional<ClickError> forOrder(ClickRequest request, Optional<Order> read) {
        if (read.isEmpty() || read.get().paymentMethod() == PaymentMethod.CASH) return Optional.of(ClickError.USER_DOES_NOT_EXIST);
        if (request.amountTiyin().filter(tiyin -> tiyin == read.get().total().tiyin()).isEmpty()) {
            return Optional.of(ClickError.INCORRECT_AMOUNT);
        }
        return Optional.empty();
    }

    /** Why Prepare cannot hold {@code order} for this payment, if it cannot. */
    private Optional<ClickError> unpayable(Order order, ClickRequest request) {
        if (CLOSED.contains(order.status())) return Optional.of(ClickError.TRANSACTION_CANCELLED);
        if (order.status() != OrderStatus.PENDING_PAYMENT) return Optional.of(ClickError.ALREADY_PAID);
        boolean heldByAnother = order.paymentUnderWay(clock.instant())
                && order.payment().filter(claim -> claim.isBy(PaymentMethod.CLICK, request.clickTransId())).isEmpty();
        // paid or being paid through another transaction (Payme's, or another Click one): this one must not go ahead
        return heldByAnother ? Optional.of(ClickError.ALREADY_PAID) : Optional.empty();
    }

    /** Click's reply: the ids echoed, ours ({@code merchant_prepare_id} or {@code merchant_confirm_id}, null when none), error and note. */
    static ObjectNode reply(ClickRequest request, ClickError error, Optional<Long> id) {
        return reply(request.clickTransId(), request.merchantTransId(), request.merchantPrepareId().isPresent(), error, id);
    }

    static ObjectNode reply(String clickTransId, String merchantTransId, boolean complete, ClickError error, Optional<Long> id) {
        var reply = JsonNodeFactory.instance.objectNode();
        if (clickTransId.matches("-?[0-9]{1,18}")) reply.put("click_trans_id", Long.parseLong(clickTransId));
        else reply.put("click_trans_id", clickTransId);
        reply.put("merchant_trans_id", merchantTransId);
        String ours = complete ? "merchant_confirm_id" : "merchant_prepare_id";
        id.ifPresentOrElse(value -> reply.put(ours, value), () -> reply.putNull(ours));
        reply.put("error", error.code());
        reply.put("error_note", error.note());
        return reply;
    }
}
