package uz.ultramarket.core.notification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * What a notification says, by id, and the parameters its text needs. The texts themselves, in uz/ru/en for SMS and
 * email, live with the notifiers ({@code functions/notifications}, {@code MessageTexts}); a test there checks that
 * every template has them.
 */
public enum NotificationTemplate {
    /** A sign-up or login code. */
    OTP_CODE("otp-code", Parameter.text("code")),
    ORDER_PLACED("order-placed", Parameter.text("orderNumber"), Parameter.money("total")),
    ORDER_PAID("order-paid", Parameter.text("orderNumber"), Parameter.money("total")),
    ORDER_CONFIRMED("order-confirmed", Parameter.text("orderNumber")),
    ORDER_PROCESSING("order-processing", Parameter.text("orderNumber")),
    ORDER_SHIPPED("order-shipped", Parameter.text("orderNumber"), Parameter.text("carrier"), Parameter.text("trackingNumber")),
    ORDER_DELIVERED("order-delivered", Parameter.text("orderNumber")),
    ORDER_CANCELLED("order-cancelled", Parameter.text("orderNumber")),
    ORDER_EXPIRED("order-expired", Parameter.text("orderNumber")),
    ORDER_REFUNDED("order-refunded", Parameter.text("orderNumber"), Parameter.money("total"));

    /** A named value the text needs; a {@link Kind#MONEY} value is an amount in tiyin (digits), formatted by the notifier. */
    public record Parameter(String name, Kind kind) {
        public enum Kind { TEXT, MONEY }

        static Parameter text(String name) { return new Parameter(name, Kind.TEXT); }

        static Parameter money(String name) { return new Parameter(name, Kind.MONEY); }
    }

    private final String id;
    private final List<Parameter> parameters;

    NotificationTemplate(String id, Parameter... parameters) {
        this.id = id;
        this.parameters = List.of(parameters);
    }

    @JsonValue
    public String id() { return id; }

    public List<Parameter> parameters() { return parameters; }

    @JsonCreator
    public static NotificationTemplate of(String id) {
        for (var template : values()) {
            if (template.id.equals(id)) return template;
        }
        throw new IllegalArgumentException("unknown notification template '" + id + "'");
    }
}
