package uz.ultramarket.catalog.search;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A shopper's query made safe and comparable: trimmed, inner whitespace collapsed, at most {@value #MAX_LENGTH}
 * characters, then normalised by {@link SearchText}. {@code words} are what the search matches — only letters and
 * digits, at most {@value #MAX_WORDS} — so "%", "_" or "'; drop table" can only ever be searched for, never run.
 * A query of punctuation only has no words and finds nothing.
 */
public record SearchQuery(String text, List<String> words) {

    public static final int MAX_LENGTH = 200;
    /** More words than this add nothing a shopper meant but cost a scan each. */
    static final int MAX_WORDS = 8;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public SearchQuery {
        words = List.copyOf(words);
    }

    /** @throws InvalidQueryException when {@code raw} is missing or longer than {@value #MAX_LENGTH} characters */
    public static SearchQuery parse(String raw) {
        if (raw == null) throw new InvalidQueryException("is required");
        String text = WHITESPACE.matcher(raw).replaceAll(" ").strip();
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            throw new InvalidQueryException("must be at most " + MAX_LENGTH + " characters, but has " + length);
        }
        String normalized = SearchText.normalize(text);
        List<String> words = normalized.isEmpty() ? List.of()
                : Arrays.stream(normalized.split(" ")).distinct().limit(MAX_WORDS).toList();
        return new SearchQuery(text, words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The normalised words in one line, as they are compared with {@code search_name}. */
    public String normalized() {
        return String.join(" ", words);
    }
}
