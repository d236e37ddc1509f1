package uz.ultramarket.orders;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the customer pays: online through Payme or Click, or in cash to the courier. */
public enum PaymentMethod {
    PAYME, CLICK, CASH;

    public static final String CHOICES = "payme, click or cash";

    @JsonValue
    public String id() { return name().toLowerCase(Locale.ROOT); }

    @JsonCreator
    public static PaymentMethod of(String id) {
        for (var method : values()) {
            if (method.id().equals(id)) return method;
        }
        throw new IllegalArgumentException("unknown payment method " + id);
    }
}
