package uz.ultramarket.orders.checkout;

import java.util.Optional;
import uz.ultramarket.accounts.addresses.NewAddress;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.JsonFields;
import uz.ultramarket.core.id.Digests;
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

    private static final String[] FIELDS = {"addressId", "address", "deliveryMethod", "pickupPointId", "paymentMethod", "comment", "expectedTotal"};

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
        return Digests.sha256Hex(Json.write(this));
    }
}
