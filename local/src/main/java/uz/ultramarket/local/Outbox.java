package uz.ultramarket.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uz.ultramarket.local.eskiz.EskizSandbox;

/**
 * What the outside world would have received: every SMS the Eskiz sandbox accepted and every email moto's SES
 * captured (read from moto's {@code /moto-api/data.json}), newest first — at {@code /_local/outbox} for people and
 * {@code /_local/outbox.json} for tests and the end-to-end suite ({@code ?to=} narrows both to one recipient; phone
 * numbers match by their digits, so {@code +998 90 123-45-67} finds {@code 998901234567}).
 */
final class Outbox {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EskizSandbox eskiz;
    private final URI motoApi;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** @param motoApi moto's internal API ({@code <endpoint>/moto-api}); null when another emulator serves AWS */
    Outbox(EskizSandbox eskiz, URI motoApi) {
        this.eskiz = eskiz;
        this.motoApi = motoApi;
    }

    /** {@code {"sms":[…],"email":[…],"emailSource":"moto"|"unavailable: …"}}. */
    Map<String, Object> contents(String to) {
        var sms = new ArrayList<Map<String, Object>>();
        for (var message : eskiz.messages().reversed()) {
            if (to != null && !digits(message.to()).equals(digits(to))) continue;
            var entry = new LinkedHashMap<String, Object>();
            entry.put("id", message.id());
            entry.put("eskizId", message.eskizId());
            entry.put("to", message.to());
            entry.put("from", message.from());
            entry.put("message", message.message());
            entry.put("parts", message.parts());
            entry.put("status", message.status());
            entry.put("callbackUrl", message.callbackUrl());
            entry.put("sentAt", message.createdAt().toString());
            sms.add(entry);
        }
        var contents = new LinkedHashMap<String, Object>();
        contents.put("sms", sms);
        try {
            contents.put("email", emails(to));
            contents.put("emailSource", "moto");
        } catch (IOException | RuntimeException e) {
            contents.put("email", List.of());
            contents.put("emailSource", "unavailable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            contents.put("email", List.of());
            contents.put("emailSource", "unavailable: interrupted");
        }
        return contents;
    }

    byte[] json(String to) throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(contents(to));
    }

    @SuppressWarnings("unchecked")
    String page(String to) {
        var contents = contents(to);
        var html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>UltraMarket — outbox</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;line-height:1.4}table{border-collapse:collapse;margin-bottom:2rem}
                td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}pre{margin:0;white-space:pre-wrap;font-family:inherit}</style></head><body>
                <h1>Outbox</h1>
                <p>What the shop sent, newest first: SMS through the Eskiz sandbox, email through SES (moto). As JSON:
                <a href="outbox.json">outbox.json</a>. Back to <a href="./">the local stack</a>.</p>
                """);
        if (to != null) html.append("<p>Only for <code>").append(StaticSite.escape(to)).append("</code> · <a href=\"outbox\">everyone</a></p>\n");
        var sms = (List<Map<String, Object>>) contents.get("sms");
        html.append("<h2>SMS (").append(sms.size()).append(")</h2><table><tr><th>Sent</th><th>To</th><th>From</th><th>Text</th><th>Status</th></tr>\n");
        for (var message : sms) {
            html.append("<tr><td>").append(message.get("sentAt")).append("</td><td>").append(message.get("to")).append("</td><td>")
                    .append(StaticSite.escape(String.valueOf(message.get("from")))).append("</td><td><pre>")
                    .append(StaticSite.escape(String.valueOf(message.get("message")))).append("</pre></td><td>").append(message.get("status"))
                    .append("</td></tr>\n");
        }
        var email = (List<Map<String, Object>>) contents.get("email");
        html.append("</table><h2>Email (").append(email.size()).append(")</h2>");
        if (!"moto".equals(contents.get("emailSource"))) {
            html.append("<p>").append(StaticSite.escape(String.valueOf(contents.get("emailSource")))).append("</p>");
        }
        html.append("<table><tr><th>To</th><th>From</th><th>Subject</th><th>Text</th></tr>\n");
        for (var message : email) {
            html.append("<tr><td>").append(StaticSite.escape(String.join(", ", (List<String>) message.get("to")))).append("</td><td>")
                    .append(StaticSite.escape(String.valueOf(message.get("from")))).append("</td><td>")
                    .append(StaticSite.escape(String.valueOf(message.get("subject")))).append("</td><td><pre>")
                    .append(StaticSite.escape(String.valueOf(message.get("text")))).append("</pre></td></tr>\n");
        }
        return html.append("</table></body></html>\n").toString();
    }

    private List<Map<String, Object>> emails(String to) throws IOException, InterruptedException {
        if (motoApi == null) throw new IllegalStateException("the AWS emulator is not moto, whose /moto-api/ lists sent email");
        var response = http.send(HttpRequest.newBuilder(URI.create(motoApi + "/data.json")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) throw new IOException("moto answered " + response.statusCode());
        var emails = new ArrayList<Map<String, Object>>();
        for (JsonNode message : JSON.readTree(response.body()).path("ses").path("Message")) {
            var recipients = new ArrayList<String>();
            message.path("destinations").path("ToAddresses").forEach(a -> recipients.add(a.asText()));
            if (to != null && recipients.stream().noneMatch(r -> r.equalsIgnoreCase(to.trim()))) continue;
            var entry = new LinkedHashMap<String, Object>();
            entry.put("id", message.path("id").asText());
            entry.put("from", message.path("source").asText());
            entry.put("to", recipients);
            entry.put("subject", message.path("subject").asText());
            entry.put("text", plainText(message.path("body").asText()));
            entry.put("body", message.path("body").asText());
            emails.add(entry);
        }
        return emails.reversed();
    }

    /** moto keeps the HTML body when there is one; the people reading the outbox want its words. */
    static String plainText(String body) {
        if (!body.toLowerCase(Locale.ROOT).contains("<p>") && !body.toLowerCase(Locale.ROOT).contains("<br")) return body;
        return body.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>\\s*", "\n\n").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").strip();
    }

    private static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }
}
