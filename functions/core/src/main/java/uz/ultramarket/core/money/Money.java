package uz.ultramarket.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An amount of Uzbek so'm as a whole number of tiyin (1 so'm = 100 tiyin). Never a float: arithmetic is exact and
 * throws {@link ArithmeticException} on overflow. In JSON it is a bare integer of tiyin.
 */
public record Money(@JsonValue long tiyin) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final int TIYIN_PER_SOM = 100;

    public static Money ofTiyin(long tiyin) {
        return new Money(tiyin);
    }

    public static Money ofSom(long som) {
        return new Money(Math.multiplyExact(som, TIYIN_PER_SOM));
    }

    /** Accepts only a JSON integer: 1.5 or "150" are refused so a client bug cannot round money. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Money fromJson(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return new Money(node.longValue());
        }
        throw new IllegalArgumentException("must be a whole number of tiyin (1 so'm = 100 tiyin)");
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(tiyin, other.tiyin));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(tiyin, other.tiyin));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(tiyin, quantity));
    }

    public boolean isNegative() {
        return tiyin < 0;
    }

    public boolean isZero() {
        return tiyin == 0;
    }

    /** The VAT contained in this VAT-inclusive amount, rounded half-up: 12% of 112 000 tiyin is 12 000. */
    public Money vatIncluded(int percent) {
        requirePercent(percent);
        return new Money(divideHalfUp(Math.multiplyExact(tiyin, percent), 100L + percent));
    }

    /** This amount less {@code percent}%, the discount rounded half-up. */
    public Money percentOff(int percent) {
        requirePercent(percent);
        return new Money(tiyin - divideHalfUp(Math.multiplyExact(tiyin, percent), 100));
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(tiyin, other.tiyin);
    }

    @Override
    public String toString() {
        return tiyin + " tiyin";
    }

    /** For people: {@code 12 499 000} or {@code 1 500,50} (tiyin only when not zero). */
    public String formatSom() {
        long abs = Math.absExact(tiyin);
        String grouped = group(Long.toString(abs / TIYIN_PER_SOM));
        long rest = abs % TIYIN_PER_SOM;
        String fraction = rest == 0 ? "" : String.format(",%02d", rest);
        return (tiyin < 0 ? "-" : "") + grouped + fraction;
    }

    private static String group(String digits) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** Half away from zero, like {@code RoundingMode.HALF_UP}, for a positive divisor. */
    private static long divideHalfUp(long dividend, long divisor) {
        long quotient = dividend / divisor;
        long remainder = Math.abs(dividend % divisor);
        if (Math.multiplyExact(remainder, 2) >= divisor) {
            quotient += Long.signum(dividend);
        }
        return quotient;
    }

    private static void requirePercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be between 0 and 100, got " + percent);
        }
    }
}
