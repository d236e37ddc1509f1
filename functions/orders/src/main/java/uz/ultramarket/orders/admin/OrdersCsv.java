package uz.ultramarket.orders.admin;

import java.util.List;
import uz.ultramarket.core.money.Money;
import uz.ultramarket.orders.Order;

/** Staff's order list as CSV (RFC 4180): one row per order, amounts in so'm with two decimals, exactly. */
final class OrdersCsv {

    static final String HEADER = "number,placed,status,payment_method,region,phone,recipient,items,subtotal,delivery_fee,total";

    private OrdersCsv() {}

    static String of(List<Order> orders) {
        var csv = new StringBuilder(HEADER).append("\r\n");
        for (var order : orders) {
            csv.append(String.join(",", order.number(), order.createdAt().toString(), order.status().name(),
                    order.paymentMethod().id(), order.address().region().code(), order.address().recipientPhone(), // +998 and digits, as checkout stored it
                    cell(order.address().recipientName().orElse("")),
                    Integer.toString(order.lines().stream().mapToInt(Order.Line::quantity).sum()),
                    soum(order.subtotal()), soum(order.deliveryFee()), soum(order.total()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String soum(Money amount) {
        long tiyin = amount.tiyin();
        return (tiyin / 100) + "." + String.format("%02d", tiyin % 100);
    }

    // quoted when needed; a leading =,+,-,@ is defused so a spreadsheet never runs a recipient's name as a formula
    private static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.matches(".*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
