package uz.ultramarket.core.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"+998 90 123-45-67", "998901234567", "90 123 45 67", "+998901234567", "(90) 123-45-67",
            "00998 90 123 45 67", " 901234567 ", "+998 (90) 123.45.67"})
    void whatPeopleTypeBecomesTheStoredForm(String typed) {
        assertEquals("+998901234567", Phone.parse(typed).value());
    }

    @Test
    void otherCountriesAreRefusedSayingSo() {
        var e = assertThrows(Phone.InvalidPhoneException.class, () -> Phone.parse("+7 912 345-67-89"));
        assertTrue(e.getMessage().contains("Uzbek"), e.getMessage());
        assertTrue(assertThrows(Phone.InvalidPhoneException.class, () -> Phone.parse("+1 202 555 0100")).getMessage().contains("Uzbek"));
        assertTrue(assertThrows(Phone.InvalidPhoneException.class, () -> Phone.parse("79123456789")).getMessage().contains("Uzbek"));
    }

    @Test
    void malformedNumbersNameWhatIsWrong() {
        assertEquals("is required", assertThrows(Phone.InvalidPhoneException.class, () -> Phone.parse(" ")).getMessage());
        assertTrue(assertThrows(Phone.InvalidPhoneException.class, () -> Phone.parse("90 123 45 6x")).getMessage().contains("only digits"));
        assertTrue(assertThrows(Phone.InvalidPhoneException.class, () -> Phone.parse("+998 90 123 45")).getMessage().contains("9 digits"));
        assertTrue(assertThrows(Phone.InvalidPhoneException.class, () -> Phone.parse("+998 90 123 45 678")).getMessage().contains("9 digits"));
        assertTrue(assertThrows(Phone.InvalidPhoneException.class, () -> Phone.parse("12345")).getMessage().contains("9 digits"));
        assertTrue(assertThrows(Phone.InvalidPhoneException.class, () -> Phone.parse("+998 00 123 45 67")).getMessage().contains("operator code"));
    }

    @Test
    void theStoredFormIsCheckedAndMaskedForLogs() {
        assertThrows(IllegalArgumentException.class, () -> new Phone("901234567"));
        assertEquals("+99890*****67", Phone.parse("901234567").masked());
    }
}
