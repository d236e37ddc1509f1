package uz.ultramarket.orders.delivery;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;

/** The ways an order reaches the customer, with their names in the shop's languages. */
public enum DeliveryMethod {
    COURIER(Map.of("uz", "Kuryer eshikkacha", "ru", "Курьером до двери", "en", "Courier to the door")),
    UZPOST(Map.of("uz", "O'zbekiston pochtasi", "ru", "Почта Узбекистана", "en", "UzPost")),
    PICKUP(Map.of("uz", "Topshirish punkti", "ru", "Пункт выдачи", "en", "Pickup point"));

    public static final String CHOICES = "courier, uzpost or pickup";

    private final Map<String, String> names;

    DeliveryMethod(Map<String, String> names) {
        this.names = names;
    }

    @JsonValue
    public String id() { return name().toLowerCase(Locale.ROOT); }

    public String name(String language) {
        return names.getOrDefault(language, names.get("uz"));
    }

    @JsonCreator
    public static DeliveryMethod of(String id) {
        for (var method : values()) {
            if (method.id().equals(id)) return method;
        }
        throw new IllegalArgumentException("unknown delivery method " + id);
    }
}
