package uz.ultramarket.local.eskiz;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The text fields of a form body: {@code multipart/form-data} (as Eskiz's form endpoints take) or URL-encoded. */
final class FormFields {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

    private FormFields() {}

    static Map<String, String> parse(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) return multipart(contentType, body);
        if (type.startsWith("application/x-www-form-urlencoded")) return urlEncoded(new String(body, StandardCharsets.UTF_8));
        return Map.of();
    }

    private static Map<String, String> urlEncoded(String body) {
        var fields = new LinkedHashMap<String, String>();
        for (var pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            fields.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    // bytes as ISO-8859-1 keep their positions, so the parts can be cut as text and their values decoded as UTF-8
    private static Map<String, String> multipart(String contentType, byte[] body) {
        var boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) return Map.of();
        String delimiter = "--" + boundary.group(1);
        String text = new String(body, StandardCharsets.ISO_8859_1);
        var fields = new LinkedHashMap<String, String>();
        for (var part : text.split(Pattern.quote(delimiter))) {
            if (part.isEmpty() || part.startsWith("--")) continue;
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) continue;
            var name = NAME.matcher(part.substring(0, headersEnd));
            if (!name.find()) continue;
            String value = part.substring(headersEnd + 4);
            if (value.endsWith("\r\n")) value = value.substring(0, value.length() - 2);
            fields.put(name.group(1), new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
