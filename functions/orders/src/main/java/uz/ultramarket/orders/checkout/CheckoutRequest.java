package uz.ultramarket.orders.checkout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import uz.ultramarket.accounts.addresses.NewAddress;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.JsonFields;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.orders.PaymentMethod;
import uz.ultramarket.orders.delivery.DeliveryMethod;

/**
 * A checkout as the customer asked for it: an address from their book ({@code addressId}) or a new one to save
 * ({@code address}), the delivery method (and pickup point), the payment method, a comment, and the total they saw.
 */
public record CheckoutRequest(Optional<String> addressId, Optional<NewAddress> address, DeliveryMethod deliveryMethod,
                              Optional<String> pickupPointId, PaymentMethod paymentMethod, Optional<String> comment,
                              Optional<Long> expectedTotal) {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,128}");
    private static final String[] FIELDS = {"addressId", "address", "deliveryMethod", "pickupPointId", "paymentMethod", "comment", "expectedTotal"};

    /** The request's {@code Idempotency-Key}: 400 when it is missing or not 8–128 letters, digits and {@code _.:-}. */
    public static String idempotencyKey(HttpRequest request) {
        var key = request.header(IDEMPOTENCY_KEY).map(String::strip).orElse("");
        if (key.isEmpty()) {
            throw ApiException.badRequest("A checkout needs an Idempotency-Key header, so that sending it twice places one order.",
                    new FieldError(IDEMPOTENCY_KEY, "is required: a new random value (e.g. a UUID) for each order"));
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiException.badRequest("The Idempotency-Key header is not a key we accept.",
                    new FieldError(IDEMPOTENCY_KEY, "must be 8 to 128 letters, digits, '_', '.', ':' or '-'"));
        }
        return key;
    }

    /** The body, every field checked: 400 naming each bad one. */
    public static CheckoutRequest read(HttpRequest request) {
        var body = JsonFields.of(request, FIELDS);
        var addressId = body.text("addressId", false, 1, 64);
        var address = body.object("address", false, NewAddress.FIELDS).flatMap(NewAddress::read);
        if (body.has("addressId") == body.has("address")) body.error("addressId", "send either addressId (from your address book) or address (a new one)");
        var method = body.choice("deliveryMethod", true, DeliveryMethod::of, DeliveryMethod.CHOICES);
        var pickupPointId = body.text("pickupPointId", false, 1, 40);
        var payment = body.choice("paymentMethod", true, PaymentMethod::of, PaymentMethod.CHOICES);
        var comment = body.text("comment", false, 0, 500);
        var expectedTotal = body.tiyin("expectedTotal", false);
        body.validate();
        return new CheckoutRequest(addressId, address, method.orElseThrow(), pickupPointId, payment.orElseThrow(), comment, expectedTotal);
    }

    /** What makes two requests "the same checkout": a hash of what they ask for, however the JSON was written. */
    public String fingerprint() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(Json.write(this).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
