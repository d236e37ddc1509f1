package uz.ultramarket.local;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import uz.ultramarket.registry.Bucket;

/**
 * CloudFront's behaviour for a bucket served at a path ({@code /images/*}), locally: {@code GET} and {@code HEAD} of
 * {@code /images/<key>} read the object {@code images/<key>} with S3 GetObject and answer with what S3 stored — its
 * Content-Type and Cache-Control — plus its ETag and Last-Modified; {@code If-None-Match} (or {@code If-Modified-Since})
 * that still matches gets a 304, a missing key a 404. A key with an empty, {@code .} or {@code ..} segment never reaches
 * S3: it is a 404, so nothing outside the prefix can be read. The headers CloudFront's response headers policy adds
 * ({@link Bucket#CONTENT_SECURITY_POLICY}, nosniff) are added here too.
 *
 * <p>While the bucket is still being filled at start ({@code filling}), a missing key waits for that to finish and is
 * looked up again, so a page opened the moment the stack is ready shows every image rather than some 404s.
 */
final class BucketOrigin {
    /** IMF-fixdate, as S3 and CloudFront write it: {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
    /** S3's longest key, in UTF-8 bytes. */
    private static final int KEY_LIMIT = 1024;
    private static final long FILLING_WAIT_SECONDS = 60;

    private final Bucket bucket;
    private final String bucketName;
    private final S3Client s3;
    private final CompletableFuture<?> filling;

    BucketOrigin(Bucket bucket, String bucketName, S3Client s3, CompletableFuture<?> filling) {
        this.bucket = bucket;
        this.bucketName = bucketName;
        this.s3 = s3;
        this.filling = filling;
    }

    Bucket bucket() { return bucket; }

    String bucketName() { return bucketName; }

    /** Whether a request for {@code rawPath} is this bucket's. */
    boolean serves(String rawPath) {
        return rawPath.startsWith(bucket.webPath());
    }

    /** How many objects are under the served prefix; for the local pages. */
    long objectCount() {
        return s3.listObjectsV2Paginator(r -> r.bucket(bucketName).prefix(bucket.keyPrefix())).stream()
                .mapToLong(page -> page.keyCount() == null ? 0 : page.keyCount()).sum();
    }

    void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            text(exchange, 405, "Method not allowed");
            return;
        }
        // the decoded path: %2e%2e and %2f are judged as what they stand for
        String key = exchange.getRequestURI().getPath().substring(bucket.webPath().length());
        if (!isObjectKey(key)) {
            text(exchange, 404, "Not found");
            return;
        }
        ResponseBytes<GetObjectResponse> object = get(key);
        if (object == null && !filling.isDone()) {
            awaitFilling();
            object = get(key);
        }
        if (object == null) {
            text(exchange, 404, "Not found");
            return;
        }
        GetObjectResponse stored = object.response();
        var headers = exchange.getResponseHeaders();
        if (stored.eTag() != null) headers.set("ETag", stored.eTag());
        if (stored.lastModified() != null) headers.set("Last-Modified", httpDate(stored.lastModified()));
        if (stored.cacheControl() != null) headers.set("Cache-Control", stored.cacheControl());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", Bucket.CONTENT_SECURITY_POLICY);
        if (notModified(exchange, stored)) {
            LocalApiGateway.send(exchange, 304, null, new byte[0]);
            return;
        }
        String type = stored.contentType() == null ? "application/octet-stream" : stored.contentType();
        LocalApiGateway.send(exchange, 200, type, object.asByteArray());
    }

    /** The object behind {@code key}, or null when there is none. */
    private ResponseBytes<GetObjectResponse> get(String key) {
        try {
            return s3.getObjectAsBytes(r -> r.bucket(bucketName).key(bucket.objectKey(key)));
        } catch (NoSuchKeyException missing) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return null;
            throw e;
        }
    }

    private void awaitFilling() {
        try {
            filling.get(FILLING_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException | TimeoutException failed) {
            // answered from what is there: the console has said why the upload failed
        }
    }

    /** A key S3 may hold under the prefix: no empty, {@code .} or {@code ..} segment, no control character or backslash. */
    static boolean isObjectKey(String key) {
        if (key.isEmpty() || key.getBytes(StandardCharsets.UTF_8).length > KEY_LIMIT) return false;
        if (key.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) return false;
        return Arrays.stream(key.split("/", -1)).noneMatch(segment -> segment.isEmpty() || segment.equals(".") || segment.equals(".."));
    }

    /** RFC 9110: If-None-Match wins over If-Modified-Since; ETags compare weakly. */
    private static boolean notModified(HttpExchange exchange, GetObjectResponse stored) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            if (stored.eTag() == null) return false;
            String etag = opaque(stored.eTag());
            return Arrays.stream(ifNoneMatch.split(",")).map(String::strip).anyMatch(tag -> tag.equals("*") || opaque(tag).equals(etag));
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (ifModifiedSince == null || stored.lastModified() == null) return false;
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !stored.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    private static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atZone(ZoneOffset.UTC));
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        LocalApiGateway.send(exchange, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }
}
