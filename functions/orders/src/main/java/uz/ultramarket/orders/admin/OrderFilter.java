package uz.ultramarket.orders.admin;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import uz.ultramarket.accounts.addresses.Region;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.QueryFields;
import uz.ultramarket.orders.OrderNumber;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.orders.store.OrderStore;

/**
 * Staff's order list query ({@code status, from, to, region, payment, customer, q, sort}), checked: each bad parameter is
 * named in one 400. {@code q} is an order number (found directly) or phone digits; without {@code from} the list is
 * the year up to {@code to} (default today, in Tashkent).
 */
public record OrderFilter(Optional<String> number, OrderStore.Search search) {

    static final int MAX_DAYS = 3 * 366;
    private static final Pattern PHONE_DIGITS = Pattern.compile("\\+?[0-9 ()-]{3,20}");

    public static OrderFilter of(HttpRequest request, LocalDate today) {
        var query = QueryFields.of(request);
        var status = query.text("status").flatMap(v -> parse(query, "status", () -> OrderStatus.valueOf(v.toUpperCase(Locale.ROOT)).name(),
                "must be an order status, e.g. PAID or SHIPPED"));
        var region = query.text("region").flatMap(v -> parse(query, "region", () -> Region.of(v).code(), "must be one of " + Region.CODES));
        var payment = query.text("payment").flatMap(v -> parse(query, "payment", () -> PaymentMethod.of(v.toLowerCase(Locale.ROOT)).id(),
                "must be " + PaymentMethod.CHOICES));
        var days = query.days(today, 366, MAX_DAYS);
        var sort = query.text("sort").orElse("-placed");
        if (!sort.equals("-placed") && !sort.equals("placed")) query.error("sort", "must be placed or -placed");
        Optional<String> number = Optional.empty();
        Optional<String> phone = Optional.empty();
        var q = query.text("q");
        if (q.isPresent()) {
            var text = q.get().toUpperCase(Locale.ROOT);
            if (OrderNumber.isValid(text)) number = Optional.of(text);
            else if (PHONE_DIGITS.matcher(text).matches()) phone = Optional.of(text.replaceAll("[^0-9]", ""));
            else query.error("q", "must be an order number or (part of) a phone number");
        }
        query.validate();
        return new OrderFilter(number, new OrderStore.Search(days.from(), days.to(), status, region, payment, query.text("customer"), phone,
                sort.equals("placed")));
    }

    private static <T> Optional<T> parse(QueryFields query, String field, Supplier<T> parse, String reason) {
        try {
            return Optional.of(parse.get());
        } catch (IllegalArgumentException e) {
            query.error(field, reason);
            return Optional.empty();
        }
    }
}
