package uz.ultramarket.catalog.search;

import java.util.Locale;
import java.util.Map;

/**
 * Cyrillic → Latin Uzbek, as the 1995 alphabet spells it: Uzbek Cyrillic ({@code ў қ ғ ҳ}) and Russian alike, so
 * "музлатгич" becomes "muzlatgich", "ўзбек" "o‘zbek", "холодильник" "xolodilnik", "телефон" "telefon". The letters
 * o‘ and g‘ take U+2018 (‘), the Uzbek apostrophe; case is kept ("ШОХ" → "SHOX", "Шох" → "Shox"). Everything that is
 * not Cyrillic passes through unchanged.
 */
public final class Transliteration {

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('ё', "yo"), Map.entry('ж', "j"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"),
            Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "x"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            // Uzbek writes Russian щ as sh (ящик → yashik) and ы as i (пылесос → pilesos)
            Map.entry('щ', "sh"), Map.entry('ы', "i"), Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"),
            // ъ is the Uzbek tutuq belgisi (маъно → ma’no); ь only softens in Russian and has no Latin letter
            Map.entry('ъ', "’"), Map.entry('ь', ""),
            Map.entry('ў', "o‘"), Map.entry('қ', "q"), Map.entry('ғ', "g‘"), Map.entry('ҳ', "h"),
            // Kazakh/Tajik neighbours of the same letters, typed on the same keyboards
            Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('є', "ye"), Map.entry('ү', "u"), Map.entry('ұ', "u"),
            Map.entry('ө', "o"), Map.entry('ә', "a"), Map.entry('ң', "ng"), Map.entry('һ', "h"), Map.entry('ӣ', "i"),
            Map.entry('ӯ', "u"), Map.entry('ҷ', "j"));

    private Transliteration() {}

    public static String toLatin(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            String latin = lower == 'е' ? e(text, i) : LETTERS.get(lower);
            if (latin == null) {
                out.append(c);
            } else if (c == lower || latin.isEmpty()) {
                out.append(latin);
            } else {
                out.append(capitalised(latin, text, i));
            }
        }
        return out.toString();
    }

    /** е is "ye" where it starts a syllable (ер → yer, поезд → poyezd, подъезд → podyezd), otherwise "e". */
    private static String e(String text, int at) {
        if (at == 0) return "ye";
        char before = Character.toLowerCase(text.charAt(at - 1));
        boolean startsSyllable = !Character.isLetter(before) || "аеёиоуыэюяўъьaeiou".indexOf(before) >= 0;
        return startsSyllable ? "ye" : "e";
    }

    /** "Ш" is "SH" inside an upper-case word ("ШОХ" → "SHOX") and "Sh" otherwise ("Шох" → "Shox", "Ё" → "Yo"). */
    private static String capitalised(String latin, String text, int at) {
        boolean hasNextLetter = at + 1 < text.length() && Character.isLetter(text.charAt(at + 1));
        boolean wordIsUpper = hasNextLetter
                ? Character.isUpperCase(text.charAt(at + 1))
                : at > 0 && Character.isUpperCase(text.charAt(at - 1));
        return wordIsUpper ? latin.toUpperCase(Locale.ROOT) : Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }
}
