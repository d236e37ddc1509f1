package uz.ultramarket.orders.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uz.ultramarket.accounts.addresses.Region;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.orders.delivery.DeliveryMethod;

/** An order as checkout would have written it, for tests that need one in a given status without checking out. */
public final class SampleOrders {

    /** The unit price of the sample line (a cable), in tiyin. */
    public static final long UNIT_PRICE = 2_504_000;

    private SampleOrders() {}

    /**
     * Order {@code number} of {@code customerId}, in {@code status}, paid by {@code method}: {@code quantity} of {@code sku}
     * at {@link #UNIT_PRICE} by courier to Samarkand for {@code fee} tiyin; an online order awaiting payment is due in 30 minutes.
     */
    public static Order of(String number, String customerId, OrderStatus status, PaymentMethod method, String sku, int quantity,
                           long fee, Instant now) {
        var price = Money.ofTiyin(UNIT_PRICE);
        var delivery = Money.ofTiyin(fee);
        return new Order(number, customerId, "ru", status, method,
                List.of(new Order.Line(sku, "USB-кабель", "1 м", Optional.empty(), price, quantity, price.times(quantity),
                        "08544420000000000", 12, Optional.of("1501960"))),
                new Order.ShippingAddress(Region.SAMARKAND, "Samarqand", "Registon 5", Optional.empty(), Optional.empty(), "+998901234567"),
                new Order.Delivery(DeliveryMethod.COURIER, delivery, LocalDate.now(), LocalDate.now().plusDays(2), Optional.empty()),
                price.times(quantity), delivery, price.times(quantity).plus(delivery), Money.ZERO, Optional.empty(), now,
                status == OrderStatus.PENDING_PAYMENT ? Optional.of(now.plusSeconds(1800)) : Optional.empty(), Optional.empty(),
                List.of(new Order.StatusChange(status, now, "customer")), 1);
    }
}
