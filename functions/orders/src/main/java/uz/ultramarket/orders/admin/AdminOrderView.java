package uz.ultramarket.orders.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.orders.Order;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.OrderView;
import uz.ultramarket.orders.PaymentMethod;

/** An order as staff see it: what its owner sees, and whose it is, its version, payment claim, shipment and the steps staff may take. */
public record AdminOrderView(OrderView order, String customerId, long version, Optional<Order.PaymentClaim> payment,
                             Optional<Order.Shipment> shipment, List<String> actions) {

    /** One row of staff's order list. */
    public record Row(String number, Instant placed, OrderStatus status, String customerId, String phone, String recipientName,
                      String region, PaymentMethod paymentMethod, Money total, int itemCount) {
        static Row of(Order order) {
            return new Row(order.number(), order.createdAt(), order.status(), order.customerId(), order.address().recipientPhone(),
                    order.address().recipientName().orElse(""), order.address().region().code(), order.paymentMethod(),
                    order.total(), order.lines().stream().mapToInt(Order.Line::quantity).sum());
        }
    }

    static AdminOrderView of(Order order, String language, Instant now) {
        return new AdminOrderView(OrderView.of(order, language), order.customerId(), order.version(), order.payment(),
                order.shipment(), StaffAction.available(order, now).stream().map(StaffAction::id).toList());
    }
}
