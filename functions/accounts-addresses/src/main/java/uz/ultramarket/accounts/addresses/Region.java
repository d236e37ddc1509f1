package uz.ultramarket.accounts.addresses;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The 14 first-level units of Uzbekistan (12 regions, the Republic of Karakalpakstan and Tashkent city), by ISO 3166-2
 * code — the value the API takes and gives. Names in Uzbek (official Latin) and English.
 */
public enum Region {
    TASHKENT_CITY("UZ-TK", "Toshkent shahri", "Tashkent city"),
    TASHKENT("UZ-TO", "Toshkent viloyati", "Tashkent region"),
    ANDIJAN("UZ-AN", "Andijon viloyati", "Andijan region"),
    BUKHARA("UZ-BU", "Buxoro viloyati", "Bukhara region"),
    FERGANA("UZ-FA", "Farg‘ona viloyati", "Fergana region"),
    JIZZAKH("UZ-JI", "Jizzax viloyati", "Jizzakh region"),
    KHOREZM("UZ-XO", "Xorazm viloyati", "Khorezm region"),
    NAMANGAN("UZ-NG", "Namangan viloyati", "Namangan region"),
    NAVOIY("UZ-NW", "Navoiy viloyati", "Navoiy region"),
    KASHKADARYA("UZ-QA", "Qashqadaryo viloyati", "Kashkadarya region"),
    SAMARKAND("UZ-SA", "Samarqand viloyati", "Samarkand region"),
    SIRDARYO("UZ-SI", "Sirdaryo viloyati", "Sirdaryo region"),
    SURKHANDARYA("UZ-SU", "Surxondaryo viloyati", "Surkhandarya region"),
    KARAKALPAKSTAN("UZ-QR", "Qoraqalpog‘iston Respublikasi", "Republic of Karakalpakstan");

    public static final String CODES = Arrays.stream(values()).map(Region::code).collect(Collectors.joining(", "));

    private final String code;
    private final String uzbekName;
    private final String englishName;

    Region(String code, String uzbekName, String englishName) {
        this.code = code;
        this.uzbekName = uzbekName;
        this.englishName = englishName;
    }

    @JsonValue
    public String code() { return code; }

    public String uzbekName() { return uzbekName; }

    public String englishName() { return englishName; }

    /** By ISO code, any letter case: {@code UZ-TK}. */
    public static Region of(String code) {
        String wanted = code.toUpperCase(Locale.ROOT);
        for (var region : values()) {
            if (region.code.equals(wanted)) return region;
        }
        throw new IllegalArgumentException("unknown region " + code);
    }
}
