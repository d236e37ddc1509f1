package uz.ultramarket.payments.payme;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A Payme transaction as we stored it (spec §4, §5): Payme's {@code id} and {@code time}, the amount and order it pays,
 * our own id ({@code transaction}), the times we created, performed and cancelled it (0 until then — replayed, never
 * recomputed), its {@code state} (1 created, 2 performed, -1 cancelled before, -2 after perform), the cancel
 * {@code reason}, and the fiscal data Payme sent for the payment and for its cancellation.
 */
public record PaymeTransaction(String id, long time, long amount, String orderNumber, String transaction, long createTime,
                               long performTime, long cancelTime, int state, Optional<Integer> reason,
                               Optional<JsonNode> fiscalPerform, Optional<JsonNode> fiscalCancel) {

    public static final int CREATED = 1;
    public static final int PERFORMED = 2;
    public static final int CANCELLED = -1;
    public static final int REFUNDED = -2;

    /** Spec §7: a transaction not performed within 12 hours of its creation in Payme is cancelled with reason 4. */
    public static final long TIMEOUT_MILLIS = 43_200_000L;
    public static final int REASON_TIMEOUT = 4;

    public PaymeTransaction {
        reason = reason == null ? Optional.empty() : reason;
        fiscalPerform = fiscalPerform == null ? Optional.empty() : fiscalPerform;
        fiscalCancel = fiscalCancel == null ? Optional.empty() : fiscalCancel;
    }

    public static PaymeTransaction created(String id, long time, long amount, String orderNumber, String transaction, long now) {
        return new PaymeTransaction(id, time, amount, orderNumber, transaction, now, 0, 0, CREATED, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Whether, still created, it has outlived Payme's timeout at {@code now} (ms). */
    public boolean timedOut(long now) {
        return state == CREATED && now - time > TIMEOUT_MILLIS;
    }

    public PaymeTransaction performed(long now) {
        return new PaymeTransaction(id, time, amount, orderNumber, transaction, createTime, now, 0, PERFORMED, reason,
                fiscalPerform, fiscalCancel);
    }

    /** Cancelled for {@code why}: -1 if it had not been performed, -2 (a refund) if it had. */
    public PaymeTransaction cancelled(long now, int why) {
        return new PaymeTransaction(id, time, amount, orderNumber, transaction, createTime, performTime, now,
                state == PERFORMED ? REFUNDED : CANCELLED, Optional.of(why), fiscalPerform, fiscalCancel);
    }

    public PaymeTransaction withFiscal(boolean perform, JsonNode data) {
        return new PaymeTransaction(id, time, amount, orderNumber, transaction, createTime, performTime, cancelTime, state,
                reason, perform ? Optional.of(data) : fiscalPerform, perform ? fiscalCancel : Optional.of(data));
    }
}
