package uz.ultramarket.catalog.product;

import java.util.Locale;

/** A language the shop speaks; Uzbek is the default and the fallback for a name missing in another language. */
public enum Language {
    UZ, RU, EN;

    /** From {@code uz}, {@code ru} or {@code en}, as {@code HttpRequest.language()} gives it. */
    public static Language of(String code) {
        return switch (code == null ? "" : code.toLowerCase(Locale.ROOT)) {
            case "uz" -> UZ;
            case "ru" -> RU;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("unknown shop language '" + code + "'; expected uz, ru or en");
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
