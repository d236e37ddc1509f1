package uz.ultramarket.core.notification;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One SMS or email to send to one customer: the message every producer publishes on the {@code notifications} topic
 * (with {@link NotificationPublisher}) and the notifiers consume. Checked when made, so a bad one fails its producer,
 * not the queue. As JSON:
 *
 * <pre>{@code
 * {"idempotencyKey":"otp:01J9Z…","channel":"sms","recipient":"+998901234567","template":"otp-code",
 *  "language":"uz","parameters":{"code":"482913"},"expiresAt":"2026-11-23T10:05:00Z"}
 * }</pre>
 *
 * @param idempotencyKey what makes two messages the same notification: one key is sent at most once per channel,
 *                       however often it is published or delivered. Derive it from what the notification is about
 *                       ({@code otp:<challenge id>}, {@code order-paid:<order id>}), never from a random value made
 *                       at publish time; no personal data in it. 1–200 printable ASCII characters, no spaces.
 * @param recipient      {@code +998XXXXXXXXX} for SMS, an email address for email
 * @param language       {@code uz}, {@code ru} or {@code en}
 * @param parameters     exactly the template's parameters, each non-blank, at most 200 characters, one line
 * @param expiresAt      when sending it is pointless (a login code's end): a notifier drops it unsent afterwards
 */
public record Notification(String idempotencyKey, Channel channel, String recipient, NotificationTemplate template,
                           String language, Map<String, String> parameters, Optional<Instant> expiresAt) {

    public static final List<String> LANGUAGES = List.of("uz", "ru", "en");

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final Pattern UZBEK_PHONE = Pattern.compile("\\+998\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]+");
    private static final Pattern TIYIN = Pattern.compile("\\d{1,18}");
    private static final int MAX_VALUE = 200;

    public Notification {
        require(idempotencyKey != null && KEY.matcher(idempotencyKey).matches(),
                "idempotencyKey must be 1–200 printable ASCII characters without spaces");
        require(channel != null, "channel is required");
        require(template != null, "template is required");
        require(recipient != null, "recipient is required");
        switch (channel) {
            case SMS -> require(UZBEK_PHONE.matcher(recipient).matches(), "an SMS recipient is a phone number written +998XXXXXXXXX");
            case EMAIL -> require(recipient.length() <= 254 && EMAIL.matcher(recipient).matches(), "an email recipient is an email address");
        }
        require(LANGUAGES.contains(language), "language must be uz, ru or en");
        parameters = checked(template, parameters == null ? Map.of() : parameters);
        expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
    }

    /** An SMS to {@code phone} ({@code +998XXXXXXXXX}). */
    public static Notification sms(String idempotencyKey, String phone, NotificationTemplate template, String language,
                                   Map<String, String> parameters) {
        return new Notification(idempotencyKey, Channel.SMS, phone, template, language, parameters, Optional.empty());
    }

    /** An email to {@code address}. */
    public static Notification email(String idempotencyKey, String address, NotificationTemplate template, String language,
                                     Map<String, String> parameters) {
        return new Notification(idempotencyKey, Channel.EMAIL, address, template, language, parameters, Optional.empty());
    }

    /** The same notification, not to be sent after {@code instant}. */
    public Notification expiringAt(Instant instant) {
        return new Notification(idempotencyKey, channel, recipient, template, language, parameters, Optional.of(instant));
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt.map(now::isAfter).orElse(false);
    }

    /** The recipient for logs: {@code +99890*****67}, {@code a***@example.uz}. */
    public String maskedRecipient() {
        return switch (channel) {
            case SMS -> recipient.substring(0, 6) + "*****" + recipient.substring(recipient.length() - 2);
            case EMAIL -> recipient.charAt(0) + "***" + recipient.substring(recipient.indexOf('@'));
        };
    }

    // sorted, so equal notifications serialize (and hash) alike
    private static Map<String, String> checked(NotificationTemplate template, Map<String, String> parameters) {
        var names = template.parameters().stream().map(NotificationTemplate.Parameter::name).toList();
        for (var name : parameters.keySet()) {
            require(names.contains(name), "template " + template.id() + " takes no parameter '" + name + "' (it takes " + names + ")");
        }
        for (var parameter : template.parameters()) {
            String value = parameters.get(parameter.name());
            require(value != null && !value.isBlank(), "template " + template.id() + " needs parameter '" + parameter.name() + "'");
            require(value.length() <= MAX_VALUE && value.chars().noneMatch(Character::isISOControl),
                    "parameter '" + parameter.name() + "' must be one line of at most " + MAX_VALUE + " characters");
            if (parameter.kind() == NotificationTemplate.Parameter.Kind.MONEY) {
                require(TIYIN.matcher(value).matches(), "parameter '" + parameter.name() + "' is an amount in tiyin (digits only)");
            }
        }
        return Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    private static void require(boolean condition, String message) {
        if (!condition) throw new IllegalArgumentException(message);
    }
}
