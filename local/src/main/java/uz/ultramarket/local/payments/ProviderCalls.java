package uz.ultramarket.local.payments;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every call the Payme and Click sandboxes made to the shop, newest first, the newest {@value #KEPT} kept — at
 * {@code /_local/payments} for people and {@code /_local/payments.json} for tests.
 */
public final class ProviderCalls {
    public static final int KEPT = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArrayDeque<ProviderCall> newestFirst = new ArrayDeque<>();

    public synchronized void add(ProviderCall call) {
        newestFirst.addFirst(call);
        while (newestFirst.size() > KEPT) newestFirst.removeLast();
    }

    /** Newest first. */
    public synchronized List<ProviderCall> all() { return List.copyOf(newestFirst); }

    /** One provider's calls, oldest first: the order they were made in, which is what tests compare. */
    public List<ProviderCall> inOrder(String provider) {
        return all().reversed().stream().filter(c -> c.provider().equals(provider)).toList();
    }

    /**
     * A JSON array, newest first, of {@code {"time","provider","method","url","request","status","reply","millis","repeat",
     * "identicalToFirst","failure"}}.
     */
    public byte[] json() throws IOException {
        var entries = new ArrayList<Map<String, Object>>();
        for (var call : all()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("time", call.time().toString());
            entry.put("provider", call.provider());
            entry.put("method", call.method());
            entry.put("url", call.url());
            entry.put("request", call.request());
            entry.put("status", call.status());
            entry.put("reply", call.reply());
            entry.put("millis", call.millis());
            entry.put("repeat", call.repeat());
            entry.put("identicalToFirst", call.identicalToFirst());
            entry.put("failure", call.failure());
            entries.add(entry);
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(entries);
    }

    public String page() {
        var calls = all();
        var html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>UltraMarket — payment provider calls</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;line-height:1.4}table{border-collapse:collapse}
                td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
                pre{margin:0;white-space:pre-wrap;word-break:break-all;font-size:.85em;max-width:40rem}.bad{background:#fde8e8}</style></head><body>
                <h1>Payment provider calls</h1>
                <p>Every request the Payme and Click sandboxes sent to the shop, newest first (the newest 1,000). As JSON:
                <a href="payments.json">payments.json</a>; the test accounts: <a href="providers.json">providers.json</a>.
                Back to <a href="./">the local stack</a>.</p>
                """);
        html.append("<table><tr><th>Time</th><th>Provider</th><th>Method</th><th>Request</th><th>Status</th><th>Reply</th><th>ms</th><th>Repeat</th></tr>\n");
        for (var call : calls) {
            boolean bad = call.failure() != null || call.status() != 200 || Boolean.FALSE.equals(call.identicalToFirst());
            html.append(bad ? "<tr class=\"bad\">" : "<tr>").append("<td>").append(call.time()).append("</td><td>").append(call.provider())
                    .append("</td><td>").append(SandboxPages.escape(call.method())).append("<br><small>").append(SandboxPages.escape(call.url()))
                    .append("</small></td><td><pre>").append(SandboxPages.escape(call.request())).append("</pre></td><td>")
                    .append(call.status() == 0 ? "—" : Integer.toString(call.status())).append("</td><td><pre>")
                    .append(SandboxPages.escape(call.failure() != null ? call.failure() : call.reply())).append("</pre></td><td>")
                    .append(call.millis()).append("</td><td>")
                    .append(!call.repeat() ? "" : call.identicalToFirst() ? "identical" : "<strong>differs from the first</strong>")
                    .append("</td></tr>\n");
        }
        return html.append("</table></body></html>\n").toString();
    }
}
