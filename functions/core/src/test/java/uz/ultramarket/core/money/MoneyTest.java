package uz.ultramarket.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.ultramarket.core.json.Json;

class MoneyTest {

    record Price(Money amount) {}

    @Test
    void arithmeticIsExactInTiyin() {
        Money price = Money.ofSom(12_499);

        assertEquals(1_249_900, price.tiyin());
        assertEquals(Money.ofTiyin(3_749_700), price.times(3));
        assertEquals(Money.ofTiyin(1_250_000), price.plus(Money.ofTiyin(100)));
        assertEquals(Money.ofTiyin(-100), Money.ZERO.minus(Money.ofSom(1)));
        assertTrue(Money.ZERO.minus(Money.ofTiyin(1)).isNegative());
        assertFalse(Money.ZERO.isNegative());
        assertTrue(Money.ZERO.isZero());
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        Money huge = Money.ofTiyin(Long.MAX_VALUE);

        assertThrows(ArithmeticException.class, () -> huge.plus(Money.ofTiyin(1)));
        assertThrows(ArithmeticException.class, () -> huge.times(2));
        assertThrows(ArithmeticException.class, () -> Money.ofTiyin(Long.MIN_VALUE).minus(Money.ofTiyin(1)));
        assertThrows(ArithmeticException.class, () -> Money.ofSom(Long.MAX_VALUE / 10));
    }

    @Test
    void vatIncludedIsRoundedHalfUp() {
        assertEquals(Money.ofTiyin(12_000), Money.ofTiyin(112_000).vatIncluded(12));
        // 100 * 12 / 112 = 10.71… → 11
        assertEquals(Money.ofTiyin(11), Money.ofTiyin(100).vatIncluded(12));
        // 14 * 12 / 112 = 1.5 exactly → 2 (half up)
        assertEquals(Money.ofTiyin(2), Money.ofTiyin(14).vatIncluded(12));
        assertEquals(Money.ofTiyin(-2), Money.ofTiyin(-14).vatIncluded(12));
        assertEquals(Money.ZERO, Money.ofSom(500).vatIncluded(0));
        assertThrows(IllegalArgumentException.class, () -> Money.ofSom(1).vatIncluded(-1));
    }

    @Test
    void percentOffRoundsTheDiscountHalfUp() {
        assertEquals(Money.ofSom(900), Money.ofSom(1_000).percentOff(10));
        // 15% of 105 tiyin = 15.75 → discount 16
        assertEquals(Money.ofTiyin(89), Money.ofTiyin(105).percentOff(15));
        assertEquals(Money.ZERO, Money.ofSom(7).percentOff(100));
        assertThrows(IllegalArgumentException.class, () -> Money.ofSom(1).percentOff(101));
    }

    @Test
    void ordersByAmount() {
        List<Money> sorted = List.of(Money.ofSom(5), Money.ofTiyin(-1), Money.ZERO).stream().sorted().toList();

        assertEquals(List.of(Money.ofTiyin(-1), Money.ZERO, Money.ofSom(5)), sorted);
    }

    @Test
    void formatsForPeople() {
        assertEquals("12 499 000", Money.ofTiyin(1_249_900_000).formatSom());
        assertEquals("1 500,50", Money.ofTiyin(150_050).formatSom());
        assertEquals("0,05", Money.ofTiyin(5).formatSom());
        assertEquals("999", Money.ofSom(999).formatSom());
        assertEquals("0", Money.ZERO.formatSom());
        assertEquals("-1 000", Money.ofSom(-1_000).formatSom());
        assertEquals("1249900000 tiyin", Money.ofTiyin(1_249_900_000).toString());
    }

    @Test
    void jsonIsABareIntegerOfTiyin() throws Exception {
        assertEquals("{\"amount\":1249900000}", Json.write(new Price(Money.ofTiyin(1_249_900_000))));
        assertEquals(Money.ofTiyin(150_050), Json.read("{\"amount\":150050}", Price.class).amount());
        assertEquals(Money.ofTiyin(42), Json.mapper().readValue("42", Money.class));
        assertNull(Json.read("{\"amount\":null}", Price.class).amount());
    }

    @Test
    void jsonRefusesFractionsStringsAndObjects() {
        for (String bad : List.of("1.5", "\"150\"", "{}", "99999999999999999999", "true")) {
            JsonMappingException e = assertThrows(JsonMappingException.class,
                    () -> Json.mapper().readValue("{\"amount\":" + bad + "}", Price.class), bad);
            assertEquals("amount", e.getPath().getFirst().getFieldName(), bad);
        }
    }
}
