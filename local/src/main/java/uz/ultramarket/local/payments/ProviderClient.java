package uz.ultramarket.local.payments;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** How a payment sandbox POSTs to the shop: HTTP/1.1 as the providers speak it, with what came back and how long it took. */
public final class ProviderClient implements AutoCloseable {
    /** A local function's first call loads its classes; a provider waits about this long too before it gives up. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** What one POST got: {@code status} 0 and a {@code failure} when no reply came. */
    public record Sent(Instant at, long millis, int status, byte[] body, String failure) {
        public String text() { return new String(body, StandardCharsets.UTF_8); }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();

    /** POSTs {@code body}; {@code authorization} is left out when null. */
    public Sent post(URI url, String contentType, String authorization, String body) {
        var request = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) request.header("Authorization", authorization);
        Instant at = Instant.now();
        long start = System.nanoTime();
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Sent(at, (System.nanoTime() - start) / 1_000_000, response.statusCode(), response.body(), null);
        } catch (IOException e) {
            return new Sent(at, (System.nanoTime() - start) / 1_000_000, 0, new byte[0], e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(at, (System.nanoTime() - start) / 1_000_000, 0, new byte[0], "interrupted");
        }
    }

    /** The log entry for {@code sent}. */
    public static ProviderCall logged(Sent sent, String provider, String method, URI url, String request, Boolean identicalToFirst) {
        return new ProviderCall(sent.at(), provider, method, url.toString(), request, sent.status(), sent.text(), sent.millis(),
                identicalToFirst, sent.failure());
    }

    @Override
    public void close() {
        http.close();
    }
}
