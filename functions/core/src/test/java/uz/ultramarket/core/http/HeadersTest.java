package uz.ultramarket.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void lookupIgnoresCase() {
        Headers headers = Headers.of(Map.of("Content-Type", "application/json", "x-cart-id", "c1"));

        assertEquals(Optional.of("application/json"), headers.first("content-type"));
        assertEquals(Optional.of("c1"), headers.first("X-Cart-Id"));
        assertEquals(Optional.empty(), headers.first("authorization"));
    }

    @Test
    void allSplitsTheCommaJoinedValuesOfARepeatedHeader() {
        Headers headers = Headers.of(Map.of("accept", "application/json, text/plain ,*/*"));

        assertEquals(List.of("application/json", "text/plain", "*/*"), headers.all("Accept"));
        assertEquals(List.of(), headers.all("x-missing"));
    }

    @Test
    void sameNameInTwoCasesIsJoinedAndNullsAreIgnored() {
        Map<String, String> raw = new HashMap<>();
        raw.put("X-Tag", "a");
        raw.put("x-tag", "b");
        raw.put("x-null", null);

        Headers headers = Headers.of(raw);

        assertEquals(2, headers.all("x-tag").size());
        assertEquals(Optional.empty(), headers.first("x-null"));
        assertEquals(Optional.empty(), Headers.of(null).first("x"));
    }

    @Test
    void toStringShowsNamesNotValues() {
        assertEquals("[authorization]", Headers.of(Map.of("Authorization", "Bearer secret")).toString());
    }
}
