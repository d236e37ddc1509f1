package uz.ultramarket.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The built storefront, as CloudFront serves it from S3: files with their content types, fingerprinted
 * {@code /assets/*} cached for a year, and {@code index.html} (never cached) for any other extension-less path so
 * the single-page app can route it.
 */
final class StaticSite {

    /** What to answer; {@code cacheControl} may be null. */
    record Reply(int status, String contentType, String cacheControl, byte[] body) {}

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String NO_CACHE = "no-cache";

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("wasm", "application/wasm"));

    private static final String NOT_BUILT = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>UltraMarket — frontend not built</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
            <h1>The shop's frontend is not built yet</h1>
            <p>The local stack serves it from <code>%s</code>, which does not exist. Build it with</p>
            <pre>cd frontend &amp;&amp; npm ci &amp;&amp; npm run build</pre>
            <p>and reload this page. The API is already up: <a href="/api/health">/api/health</a>,
            <a href="/api/docs">/api/docs</a>; the local stack's own pages are at <a href="/_local/">/_local/</a>.</p>
            </body></html>
            """;

    private final Path root;

    StaticSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The reply to {@code method} on {@code path} (decoded, starting with {@code /}). */
    Reply serve(String method, String path) throws IOException {
        if (!method.equals("GET") && !method.equals("HEAD")) return text(405, "Method not allowed");
        var index = root.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            return new Reply(404, "text/html; charset=utf-8", NO_CACHE, NOT_BUILT.formatted(escape(root.toString())).getBytes(StandardCharsets.UTF_8));
        }
        Path file;
        try {
            file = root.resolve(path.substring(1)).normalize();
        } catch (InvalidPathException e) {
            return text(404, "Not found");
        }
        if (!file.startsWith(root)) return text(404, "Not found");
        if (Files.isRegularFile(file) && !file.equals(index)) {
            String cache = path.startsWith("/assets/") ? IMMUTABLE : NO_CACHE;
            return new Reply(200, contentType(file), cache, Files.readAllBytes(file));
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.contains(".") && !last.equals("index.html")) return text(404, "Not found");
        return new Reply(200, CONTENT_TYPES.get("html"), NO_CACHE, Files.readAllBytes(index));
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static Reply text(int status, String message) {
        return new Reply(status, "text/plain; charset=utf-8", null, message.getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
