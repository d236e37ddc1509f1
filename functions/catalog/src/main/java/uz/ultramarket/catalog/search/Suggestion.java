package uz.ultramarket.catalog.search;

/** One type-ahead entry: what to show ({@code text}, in the asked language) and what it links to ({@code slug}). */
public record Suggestion(Kind kind, String slug, String text) {

    public enum Kind { CATEGORY, BRAND, PRODUCT }
}
