package uz.ultramarket.local.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared call log: newest first, the newest 1,000, and the JSON and HTML it is served as. */
class ProviderCallsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProviderCall call(int n, Boolean identical) {
        return new ProviderCall(Instant.ofEpochMilli(1_700_000_000_000L + n), n % 2 == 0 ? "payme" : "click", "m" + n, "http://127.0.0.1:1/x",
                "<body " + n + ">", 200, "{\"n\":" + n + "}", n, identical, null);
    }

    @Test
    void keepsTheNewestThousandNewestFirst() {
        var calls = new ProviderCalls();
        for (int n = 1; n <= 1_005; n++) calls.add(call(n, null));
        var all = calls.all();
        assertEquals(ProviderCalls.KEPT, all.size());
        assertEquals("m1005", all.getFirst().method());
        assertEquals("m6", all.getLast().method());
        assertEquals(List.of("m1000", "m1002", "m1004"), calls.inOrder("payme").subList(497, 500).stream().map(ProviderCall::method).toList());
    }

    @Test
    void servesJsonAndHtml() throws Exception {
        var calls = new ProviderCalls();
        calls.add(call(1, null));
        calls.add(call(2, false));
        var json = JSON.readTree(calls.json());
        assertEquals(2, json.size());
        var newest = json.get(0);
        assertEquals(List.of("time", "provider", "method", "url", "request", "status", "reply", "millis", "repeat", "identicalToFirst", "failure"),
                iterable(newest.fieldNames()));
        assertEquals("2023-11-14T22:13:20.002Z", newest.path("time").asText());
        assertEquals("payme", newest.path("provider").asText());
        assertTrue(newest.path("repeat").asBoolean());
        assertTrue(newest.path("identicalToFirst").isBoolean() && !newest.path("identicalToFirst").asBoolean());
        assertTrue(json.get(1).path("identicalToFirst").isNull());
        assertTrue(json.get(1).path("failure").isNull());
        String page = calls.page();
        assertTrue(page.indexOf("m2") < page.indexOf("m1"), "newest first");
        assertTrue(page.contains("&lt;body 1&gt;"), "escaped");
        assertTrue(page.contains("differs from the first"));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        var list = new java.util.ArrayList<String>();
        names.forEachRemaining(list::add);
        return list;
    }
}
