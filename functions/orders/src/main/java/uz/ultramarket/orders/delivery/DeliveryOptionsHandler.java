package uz.ultramarket.orders.delivery;

import uz.ultramarket.accounts.addresses.NewAddress;
import uz.ultramarket.accounts.addresses.Region;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.money.Money;

/** {@code GET /api/delivery/options?region=UZ-SA&subtotal=<tiyin>}: the methods of a region with fees and dates. */
public final class DeliveryOptionsHandler extends HttpFunction {

    private final DeliveryOptions options;

    public DeliveryOptionsHandler() { this(DaggerDeliveryOptionsComponent.create().deliveryOptions()); }

    public DeliveryOptionsHandler(DeliveryOptions options) {
        super(0);
        this.options = options;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var region = request.query("region").map(String::strip).filter(v -> !v.isEmpty()).orElseThrow(() ->
                ApiException.badRequest("Say which region to deliver to.", new FieldError("region", "is required: " + NewAddress.REGION_CHOICES)));
        Region parsed;
        try {
            parsed = Region.of(region);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("There is no region '" + region + "'.", new FieldError("region", "must be " + NewAddress.REGION_CHOICES));
        }
        var subtotal = request.query("subtotal").map(DeliveryOptionsHandler::tiyin).orElse(Money.ZERO);
        return HttpResponse.ok(options.offer(parsed, subtotal, request.language()));
    }

    private static Money tiyin(String value) {
        try {
            long amount = Long.parseLong(value.strip());
            if (amount >= 0) return Money.ofTiyin(amount);
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("The subtotal is an amount in tiyin.", new FieldError("subtotal", "must be a whole number of tiyin, 0 or more"));
    }
}
