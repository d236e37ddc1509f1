package uz.ultramarket.catalog.product;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders a product list can come in; {@code code} is what the API's {@code sort} parameter takes. */
public enum ProductSort {
    /** Best match first; only meaningful with a search query (a plain listing falls back to popularity). */
    RELEVANCE("relevance"),
    POPULARITY("popularity"),
    PRICE_ASC("price_asc"),
    PRICE_DESC("price_desc"),
    NEWEST("newest");

    private final String code;

    ProductSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException naming the accepted codes */
    public static ProductSort of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + Arrays.stream(values())
                        .map(ProductSort::code).collect(Collectors.joining(", ")) + ", but is '" + code + "'"));
    }
}
