package uz.ultramarket.orders;

import java.util.regex.Pattern;

/**
 * Order numbers: a sequence number followed by a Luhn check digit, e.g. {@code 1000009} — digits only, so a customer
 * can read one out on the phone and Payme ({@code order_id}) and Click ({@code merchant_trans_id}) can carry it, and a
 * misheard digit is caught instead of finding someone else's order.
 */
public final class OrderNumber {

    private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{5,17}");

    private OrderNumber() {}

    /** The number of the {@code sequence}th order. */
    public static String of(long sequence) {
        String digits = Long.toString(sequence);
        return digits + checkDigit(digits);
    }

    /** Whether {@code text} could be an order number: digits with a right check digit. */
    public static boolean isValid(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) return false;
        return checkDigit(text.substring(0, text.length() - 1)) == text.charAt(text.length() - 1) - '0';
    }

    private static int checkDigit(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
