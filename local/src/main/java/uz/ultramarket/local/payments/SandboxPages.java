package uz.ultramarket.local.payments;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small HTML pages and form handling the payment sandboxes share. Headers for drivers without a browser: an ended
 * payment answers {@value #OUTCOME_HEADER} ({@code paid}, {@code cancelled}, {@code timed-out}, {@code refused},
 * {@code failed}) and {@value #RETURN_HEADER} (where the page sends the shopper).
 */
public final class SandboxPages {
    public static final String OUTCOME_HEADER = "X-Local-Payment-Outcome";
    public static final String RETURN_HEADER = "X-Local-Return-Url";

    private SandboxPages() {}

    /**
     * A whole page; with {@code redirectTo} it goes there on its own after {@code redirectSeconds} (a meta refresh, whole
     * seconds: browsers drop fractions).
     */
    public static String html(String lang, String title, String body, String redirectTo, long redirectSeconds) {
        var html = new StringBuilder("<!doctype html><html lang=\"").append(escape(lang)).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        if (redirectTo != null) {
            html.append("<meta http-equiv=\"refresh\" content=\"").append(redirectSeconds).append(";url=").append(escape(redirectTo)).append("\">");
        }
        return html.append("<title>").append(escape(title)).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#222}")
                .append("main{max-width:26rem;margin:2rem auto;background:#fff;border-radius:12px;padding:1.5rem;box-shadow:0 2px 12px #0001}")
                .append("h1{font-size:1.3rem;margin-top:0}label{display:block;margin:.7rem 0 .2rem}")
                .append("input{width:100%;box-sizing:border-box;padding:.55rem;font-size:1rem;border:1px solid #bbb;border-radius:6px}")
                .append("button{margin:.8rem .4rem 0 0;padding:.6rem 1rem;font-size:1rem;border:0;border-radius:6px;background:#0a7;color:#fff;cursor:pointer}")
                .append("button.alt{background:#888}.err{background:#fde8e8;padding:.6rem;border-radius:6px}")
                .append(".ok{background:#e6f6ec;padding:.6rem;border-radius:6px}.warn{background:#fff4d6;padding:.6rem;border-radius:6px}")
                .append("dt{color:#666;font-size:.85rem}dd{margin:0 0 .6rem;font-size:1.1rem}small{color:#666}code{word-break:break-all}")
                .append("</style></head><body><main>").append(body).append("</main></body></html>\n").toString();
    }

    /** For text and double-quoted attributes (the only kind these pages write). */
    public static String escape(String text) {
        if (text == null) return "";
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Answers an HTML page, with {@code headers} beside it. */
    public static void send(HttpExchange exchange, int status, String html, Map<String, String> headers) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        sendBytes(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static void sendBytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean bodyless = exchange.getRequestMethod().equals("HEAD") || body.length == 0;
        exchange.sendResponseHeaders(status, bodyless ? -1 : body.length);
        if (!bodyless) exchange.getResponseBody().write(body);
    }

    /** 303 See Other: after a form, the browser GETs {@code location}. */
    public static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(303, -1);
    }

    /** The fields of a URL-encoded form body (what an HTML form posts). */
    public static Map<String, String> form(HttpExchange exchange) throws IOException {
        return fields(new String(exchange.getRequestBody().readNBytes(64 * 1024), StandardCharsets.UTF_8));
    }

    /** The query parameters of {@code uri}, decoded; the first of a repeated name wins. */
    public static Map<String, String> query(URI uri) {
        return uri.getRawQuery() == null ? Map.of() : fields(uri.getRawQuery());
    }

    private static Map<String, String> fields(String encoded) {
        var fields = new LinkedHashMap<String, String>();
        for (var pair : encoded.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException badEscape) {
                // a malformed %-escape: the field is left out, as if not sent
            }
        }
        return fields;
    }

    /** Whether {@code url} is an absolute http(s) address a page may send the shopper to. */
    public static boolean isWebAddress(String url) {
        try {
            var uri = new URI(url);
            return uri.isAbsolute() && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** {@code 1500000} tiyin → {@code "15 000,00"}: so'm with spaces between thousands and a decimal comma. */
    public static String som(long tiyin) {
        var whole = new StringBuilder(Long.toString(tiyin / 100));
        for (int i = whole.length() - 3; i > 0; i -= 3) whole.insert(i, ' ');
        return whole + "," + String.format("%02d", tiyin % 100);
    }
}
