package uz.ultramarket.payments.click;

import java.time.Instant;
import java.util.Optional;
import uz.ultramarket.core.money.Money;

/**
 * A Click payment as we stored it: Click's ids, the order and amount, our {@code merchant_prepare_id} (and
 * {@code merchant_confirm_id} once completed), and where it is: prepared, confirmed (paid) or cancelled.
 */
public record ClickPayment(String clickTransId, String clickPaydocId, String orderNumber, Money amount, long prepareId,
                           Optional<Long> confirmId, State state, Instant preparedAt, Optional<Instant> completedAt) {

    public enum State { PREPARED, CONFIRMED, CANCELLED }

    public ClickPayment {
        confirmId = confirmId == null ? Optional.empty() : confirmId;
        completedAt = completedAt == null ? Optional.empty() : completedAt;
    }

    public ClickPayment confirmed(Instant at) {
        return new ClickPayment(clickTransId, clickPaydocId, orderNumber, amount, prepareId, Optional.of(prepareId), State.CONFIRMED,
                preparedAt, Optional.of(at));
    }

    public ClickPayment cancelled(Instant at) {
        return new ClickPayment(clickTransId, clickPaydocId, orderNumber, amount, prepareId, confirmId, State.CANCELLED,
                preparedAt, Optional.of(at));
    }
}
