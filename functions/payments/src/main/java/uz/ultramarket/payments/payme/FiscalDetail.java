package uz.ultramarket.payments.payme;

import com.fasterxml.jackson.databind.JsonNode;
import uz.ultramarket.orders.Order;

/**
 * The fiscal receipt of an order as Payme's {@code detail} object lays it out (spec §4.1, the {@code receipts.create}
 * field set): a sale ({@code receipt_type} 0), one item per line with its unit price in tiyin, count, IKPU code, VAT
 * percent and package code (once staff set it), and the delivery as {@code shipping} (fiscalised with the delivery service's code).
 */
final class FiscalDetail {

    private FiscalDetail() {}

    static JsonNode of(Order order) {
        var detail = PaymeMerchant.object().put("receipt_type", 0);
        var shipping = detail.putObject("shipping");
        shipping.put("title", order.delivery().method().name(order.language())).put("price", order.deliveryFee().tiyin());
        var items = detail.putArray("items");
        for (var line : order.lines()) {
            var item = items.addObject()
                    .put("title", line.options().isBlank() ? line.name() : line.name() + " (" + line.options() + ")")
                    .put("price", line.unitPrice().tiyin())
                    .put("count", line.quantity())
                    .put("code", line.ikpu())
                    .put("vat_percent", line.vatPercent());
            line.packageCode().ifPresent(code -> item.put("package_code", code));
            item.put("units", 796); // "piece" (штука) in the classifier of units; every SKU is sold by the piece
        }
        return detail;
    }
}
