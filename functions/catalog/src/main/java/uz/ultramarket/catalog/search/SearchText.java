package uz.ultramarket.catalog.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one form in which both the catalog's search documents and shoppers' queries are compared: Cyrillic spelled in
 * Latin Uzbek, lower case, apostrophes dropped (o‘zbek, o'zbek, oʻzbek, o`zbek and ozbek are one word: people type all
 * of them), accents removed, anything but letters and digits a space. "Холодильник Artel HD-345" → "xolodilnik artel
 * hd 345", "Muzlatgich" and "музлатгич" → "muzlatgich". Words are then only letters and digits, which is also what
 * makes them safe to put in a {@code tsquery}.
 */
public final class SearchText {

    private static final Pattern APOSTROPHES = Pattern.compile("[‘’'ʻʼ`´′‛ʹ]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {}

    public static String normalize(String text) {
        String latin = Transliteration.toLatin(text).toLowerCase(Locale.ROOT);
        String noApostrophes = APOSTROPHES.matcher(latin).replaceAll("");
        String plain = MARKS.matcher(Normalizer.normalize(spellOut(noApostrophes), Normalizer.Form.NFD)).replaceAll("");
        return NOT_A_WORD.matcher(plain).replaceAll(" ").strip();
    }

    /** The distinct words of {@code texts}, normalised, in order of first appearance. */
    public static String distinctWords(List<String> texts) {
        var words = new LinkedHashSet<String>();
        for (String text : texts) {
            String normalized = normalize(text);
            if (!normalized.isEmpty()) words.addAll(Arrays.asList(normalized.split(" ")));
        }
        return String.join(" ", words);
    }

    /** Latin letters that accent-stripping would get wrong for Uzbek readers: ş is sh (Turkish keyboards), not s. */
    private static String spellOut(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) return text;
        return text.replace("ş", "sh").replace("ç", "ch").replace("ğ", "g").replace("ı", "i")
                .replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("đ", "d").replace("ł", "l");
    }
}
