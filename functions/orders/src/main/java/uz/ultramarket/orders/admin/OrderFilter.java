package uz.ultramarket.orders.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uz.ultramarket.accounts.addresses.Region;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.orders.OrderNumber;
import uz.ultramarket.orders.OrderStatus;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.orders.store.OrderStore;

/**
 * Staff's order list query ({@code status, from, to, region, payment, customer, q, sort}), checked: each bad parameter is
 * named in one 400. {@code q} is an order number (found directly) or phone digits; without {@code from} the list starts
 * a year before {@code to} (default today, in Tashkent).
 */
public record OrderFilter(Optional<String> number, OrderStore.Search search) {

    static final int MAX_DAYS = 3 * 366;
    private static final Pattern PHONE_DIGITS = Pattern.compile("\\+?[0-9 ()-]{3,20}");

    public static OrderFilter of(HttpRequest request, LocalDate today) {
        var errors = new ArrayList<FieldError>();
        var status = param(request, "status").flatMap(v -> parse(errors, "status", () -> OrderStatus.valueOf(v.toUpperCase(Locale.ROOT)).name(),
                "must be an order status, e.g. PAID or SHIPPED"));
        var region = param(request, "region").flatMap(v -> parse(errors, "region", () -> Region.of(v).code(), "must be one of " + Region.CODES));
        var payment = param(request, "payment").flatMap(v -> parse(errors, "payment", () -> PaymentMethod.of(v.toLowerCase(Locale.ROOT)).id(),
                "must be " + PaymentMethod.CHOICES));
        var to = param(request, "to").flatMap(v -> parse(errors, "to", () -> LocalDate.parse(v), "must be a day, yyyy-MM-dd")).orElse(today);
        var from = param(request, "from").flatMap(v -> parse(errors, "from", () -> LocalDate.parse(v), "must be a day, yyyy-MM-dd"))
                .orElse(to.minusYears(1));
        if (from.isAfter(to)) errors.add(new FieldError("from", "must not be after to"));
        else if (from.plusDays(MAX_DAYS).isBefore(to)) errors.add(new FieldError("from", "the range is at most " + MAX_DAYS + " days"));
        var customer = param(request, "customer");
        var sort = param(request, "sort").orElse("-placed");
        if (!sort.equals("-placed") && !sort.equals("placed")) errors.add(new FieldError("sort", "must be placed or -placed"));
        Optional<String> number = Optional.empty();
        Optional<String> phone = Optional.empty();
        var q = param(request, "q");
        if (q.isPresent()) {
            var text = q.get().toUpperCase(Locale.ROOT);
            if (OrderNumber.isValid(text)) number = Optional.of(text);
            else if (PHONE_DIGITS.matcher(text).matches()) phone = Optional.of(text.replaceAll("[^0-9]", ""));
            else errors.add(new FieldError("q", "must be an order number or (part of) a phone number"));
        }
        if (!errors.isEmpty()) throw ApiException.validation(errors);
        return new OrderFilter(number, new OrderStore.Search(from, to, status, region, payment, customer, phone, sort.equals("placed")));
    }

    private static Optional<String> param(HttpRequest request, String name) {
        return request.query(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    private interface Parse<T> { T get(); }

    private static <T> Optional<T> parse(List<FieldError> errors, String field, Parse<T> parse, String reason) {
        try {
            return Optional.of(parse.get());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new FieldError(field, reason));
            return Optional.empty();
        }
    }
}
