package uz.ultramarket.orders;

/** Where an order is in its life; {@link OrderLifecycle} says which step may follow which. */
public enum OrderStatus {
    /** Online payment (Payme, Click) awaited; expires when unpaid after {@link OrderLifecycle#PAY_WITHIN}. */
    PENDING_PAYMENT,
    /** Cash on delivery: staff are to confirm it. */
    AWAITING_CONFIRMATION,
    PAID,
    CONFIRMED,
    PROCESSING,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    EXPIRED,
    REFUNDED
}
