package uz.ultramarket.core.phone;

import java.util.regex.Pattern;

/**
 * An Uzbek phone number in its one stored form, {@code +998XXXXXXXXX}: the shop's identity of a customer and the form
 * SMS recipients take. {@link #parse} accepts what people type — {@code +998 90 123-45-67}, {@code 998901234567},
 * {@code 90 123 45 67}, {@code (90) 123-45-67}, {@code 00998 90 …} — and refuses other countries and wrong lengths with a
 * reason a person can act on.
 */
public record Phone(String value) {

    private static final Pattern STORED = Pattern.compile("\\+998[1-9]\\d{8}");
    private static final Pattern TYPED = Pattern.compile("\\+?[0-9 ()\\-.]+");
    private static final int MAX_TYPED = 32;

    public Phone {
        if (value == null || !STORED.matcher(value).matches()) {
            throw new InvalidPhoneException("must be written +998XXXXXXXXX");
        }
    }

    /** Thrown with the reason the text is not an Uzbek phone number, e.g. "must be an Uzbek number (+998 …)". */
    public static final class InvalidPhoneException extends IllegalArgumentException {
        public InvalidPhoneException(String reason) {
            super(reason, null);
        }
    }

    /** The number a person typed, normalised; throws {@link InvalidPhoneException} naming what is wrong. */
    public static Phone parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidPhoneException("is required");
        }
        String text = typed.strip();
        if (text.length() > MAX_TYPED || !TYPED.matcher(text).matches()) {
            throw new InvalidPhoneException("may contain only digits, spaces, dashes and brackets, e.g. +998 90 123 45 67");
        }
        boolean plus = text.startsWith("+");
        String digits = text.replaceAll("\\D", "");
        if (!plus && digits.startsWith("00")) { // the international call prefix
            digits = digits.substring(2);
            plus = true;
        }
        String national;
        if (plus || digits.length() > 9) {
            if (!digits.startsWith("998")) {
                throw new InvalidPhoneException("must be an Uzbek number (+998 …); numbers of other countries are not accepted");
            }
            national = digits.substring(3);
        } else {
            national = digits;
        }
        if (national.length() != 9) {
            throw new InvalidPhoneException("must have 9 digits after +998 (a 2-digit operator code and 7 digits), e.g. +998 90 123 45 67");
        }
        if (national.charAt(0) == '0') {
            throw new InvalidPhoneException("has no operator code starting with 0; write it as +998 90 123 45 67");
        }
        return new Phone("+998" + national);
    }

    /** For logs: {@code +99890*****67}. */
    public String masked() {
        return value.substring(0, 6) + "*****" + value.substring(value.length() - 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
