package uz.ultramarket.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderNumberTest {

    @Test
    void aNumberIsTheSequenceAndALuhnCheckDigit() {
        assertEquals("1000009", OrderNumber.of(100_000));
        assertEquals("1000017", OrderNumber.of(100_001));
        assertTrue(OrderNumber.isValid("1000009"));
    }

    @Test
    void everySingleMistypedDigitAndEverySwapOfNeighboursIsCaught() {
        for (long sequence = 100_000; sequence < 101_000; sequence++) {
            String number = OrderNumber.of(sequence);
            assertTrue(OrderNumber.isValid(number), number);
            for (int i = 0; i < number.length(); i++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit == number.charAt(i)) continue;
                    String misheard = number.substring(0, i) + digit + number.substring(i + 1);
                    assertFalse(OrderNumber.isValid(misheard), misheard + " for " + number);
                }
                if (i + 1 < number.length() && number.charAt(i) != number.charAt(i + 1)
                        && !(Math.abs(number.charAt(i) - number.charAt(i + 1)) == 9)) { // 09 ↔ 90 is Luhn's known blind spot
                    String swapped = number.substring(0, i) + number.charAt(i + 1) + number.charAt(i) + number.substring(i + 2);
                    assertFalse(OrderNumber.isValid(swapped), swapped + " for " + number);
                }
            }
        }
    }

    @Test
    void onlyDigitsOfAnOrderNumbersLengthAreNumbers() {
        for (String text : new String[] {null, "", "12345", "0100009", "1000009a", "10 00009", "-1000009", "1".repeat(20)}) {
            assertFalse(OrderNumber.isValid(text), String.valueOf(text));
        }
    }
}
