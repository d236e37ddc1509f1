package uz.ultramarket.catalog.admin.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.catalog.admin.AdminWorld;
import uz.ultramarket.core.testing.Call;
import uz.ultramarket.registry.Registry;

/**
 * Presigned image uploads against moto's S3. Moto stores what a presigned URL sends but does not check its signature, so
 * the refusals are shown the way S3 decides them: the signature S3 would compute from the headers a browser sends.
 */
class ProductImagesTest {

    private static final String SECRET_KEY = "testing"; // DynamoDbLocalServer.environment()'s, which the world's clients use
    private static AdminWorld world;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        world = new AdminWorld("admin_images");
        token = world.managerToken("manager-images");
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    private static Call.Answer presign(String body) {
        return Call.post(world.products, "/api/admin/product-images").bearer(token).json(body).send();
    }

    @Test
    void theUrlPutsTheImageUnderImagesProductsWithItsTypeAndLength() throws Exception {
        byte[] image = new byte[70_000];
        Arrays.fill(image, (byte) 7);
        var answer = presign("{\"contentType\": \"image/webp\", \"size\": " + image.length + "}");
        assertEquals(201, answer.status(), answer.body());
        var upload = answer.json();
        String key = upload.path("key").asText();
        assertTrue(key.matches("products/[0-9a-f-]{36}\\.webp"), key);
        assertEquals("/images/" + key, upload.path("url").asText());
        assertEquals("PUT", upload.path("method").asText());
        assertEquals("image/webp", upload.at("/headers/Content-Type").asText());
        var expires = Instant.parse(upload.path("expiresAt").asText());
        assertTrue(Math.abs(Duration.between(Instant.now().plus(Duration.ofMinutes(5)), expires).toSeconds()) < 30);
        var url = URI.create(upload.path("uploadUrl").asText());
        assertEquals("300", query(url).get("X-Amz-Expires"));
        assertEquals("/" + AdminWorld.BUCKET + "/" + Registry.IMAGES.objectKey(key), url.getPath(), "path-style, under images/products/");

        var put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).header("Content-Type", "image/webp")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(image)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());
        var stored = world.aws.s3().headObject(r -> r.bucket(AdminWorld.BUCKET).key("images/" + key));
        assertEquals("image/webp", stored.contentType());
        assertEquals(image.length, stored.contentLength());
    }

    @Test
    void theSignatureHoldsOnlyForTheTypeAndLengthAsked() throws Exception {
        var url = URI.create(presign("{\"contentType\": \"image/jpeg\", \"size\": 1000}").json().path("uploadUrl").asText());
        var signed = query(url).get("X-Amz-SignedHeaders");
        assertTrue(signed.contains("content-type") && signed.contains("content-length"), signed);

        assertEquals(query(url).get("X-Amz-Signature"), signature(url, "image/jpeg", 1000), "what S3 computes for the browser's PUT");
        assertNotEquals(query(url).get("X-Amz-Signature"), signature(url, "text/html", 1000), "another type is refused");
        assertNotEquals(query(url).get("X-Amz-Signature"), signature(url, "image/jpeg", 1001), "a longer body is refused");
    }

    @Test
    void aWrongTypeOrSizeIsA400NamingIt() {
        var html = presign("{\"contentType\": \"text/html\", \"size\": 1000}");
        assertEquals(400, html.status());
        assertEquals("contentType", html.errorField(0));
        var big = presign("{\"contentType\": \"image/png\", \"size\": 5242881}");
        assertEquals(400, big.status());
        assertEquals("size", big.errorField(0));
        assertEquals("size", presign("{\"contentType\": \"image/png\", \"size\": 0}").errorField(0));
        assertEquals(201, presign("{\"contentType\": \"image/png\", \"size\": 5242880}").status(), "5 MiB exactly is allowed");
    }

    private static Map<String, String> query(URI url) {
        var parameters = new TreeMap<String, String>();
        for (String pair : url.getRawQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8), URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** The AWS Signature Version 4 of a presigned PUT of {@code url} sent with these headers, as S3 checks it. */
    private static String signature(URI url, String contentType, long contentLength) throws Exception {
        var parameters = query(url);
        var headers = Map.of("host", url.getHost() + ":" + url.getPort(), "content-type", contentType,
                "content-length", Long.toString(contentLength));
        var canonicalQuery = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (name.equals("X-Amz-Signature")) return;
            if (!canonicalQuery.isEmpty()) canonicalQuery.append('&');
            canonicalQuery.append(encode(name)).append('=').append(encode(value));
        });
        var canonicalHeaders = new StringBuilder();
        for (String name : parameters.get("X-Amz-SignedHeaders").split(";")) {
            canonicalHeaders.append(name).append(':').append(headers.get(name)).append('\n');
        }
        String canonicalRequest = String.join("\n", "PUT", url.getRawPath(), canonicalQuery, canonicalHeaders,
                parameters.get("X-Amz-SignedHeaders"), "UNSIGNED-PAYLOAD");
        String[] credential = parameters.get("X-Amz-Credential").split("/");
        String scope = String.join("/", credential[1], credential[2], credential[3], credential[4]);
        String toSign = String.join("\n", "AWS4-HMAC-SHA256", parameters.get("X-Amz-Date"), scope,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalRequest.getBytes(StandardCharsets.UTF_8))));
        byte[] key = ("AWS4" + SECRET_KEY).getBytes(StandardCharsets.UTF_8);
        for (String part : new String[] {credential[1], credential[2], credential[3], credential[4]}) key = hmac(key, part);
        return HexFormat.of().formatHex(hmac(key, toSign));
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
