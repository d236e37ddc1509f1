package uz.ultramarket.notifications.sms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A {@code multipart/form-data} body of text fields (RFC 7578), as Eskiz's form endpoints take them. */
final class MultipartForm {
    private final String boundary = "ultramarket-" + UUID.randomUUID();
    private final Map<String, String> fields = new LinkedHashMap<>();

    MultipartForm field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    String contentType() { return "multipart/form-data; boundary=" + boundary; }

    byte[] body() {
        var out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            write(out, "--" + boundary + "\r\n");
            write(out, "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            write(out, value);
            write(out, "\r\n");
        });
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
