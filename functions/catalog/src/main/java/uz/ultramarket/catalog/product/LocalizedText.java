package uz.ultramarket.catalog.product;

import java.util.Objects;

/** One text in the shop's three languages; {@code uz} is required, the others fall back to it when blank. */
public record LocalizedText(String uz, String ru, String en) {

    public LocalizedText {
        Objects.requireNonNull(uz, "uz");
        if (uz.isBlank()) throw new IllegalArgumentException("the Uzbek text is required");
        ru = ru == null ? "" : ru;
        en = en == null ? "" : en;
    }

    public static LocalizedText of(String uz, String ru, String en) {
        return new LocalizedText(uz, ru, en);
    }

    public String in(Language language) {
        String text = switch (language) {
            case UZ -> uz;
            case RU -> ru;
            case EN -> en;
        };
        return text.isBlank() ? uz : text;
    }
}
