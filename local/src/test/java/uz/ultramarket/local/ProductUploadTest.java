package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.World;

/**
 * A staff member's image upload as the admin console does it: the function signs a PUT URL against the S3 endpoint its
 * environment names, the browser on the shop's origin asks the bucket (CORS preflight) and PUTs the file straight to it,
 * and the shop then shows it at /images/products/… — the same path, and the same CORS rule, as in AWS.
 */
class ProductUploadTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, (byte) 0xFF, (byte) 0xD9};

    @TempDir static Path dir;
    private static LocalStack stack;
    private static String shop;

    @BeforeAll
    static void start() {
        stack = LocalStack.start(LocalOptions.forTests(dir), World.fromRegistry());
        shop = "http://localhost:" + stack.baseUrl().getPort();
    }

    @AfterAll
    static void stop() {
        if (stack != null) stack.close();
    }

    /** What admin-products would sign: PUT of one new key under the upload prefix, for this type and length, for 5 minutes. */
    private static PresignedPutObjectRequest signed(String key, String contentType, long length) {
        var config = Config.fromEnvironment();
        String bucket = config.get(Registry.IMAGES.envName()).orElseThrow(() -> new AssertionError(Registry.IMAGES.envName() + " is not set"));
        var endpoint = URI.create(config.get("AWS_ENDPOINT_URL_S3").or(() -> config.get("AWS_ENDPOINT_URL")).orElseThrow());
        try (var presigner = S3Presigner.builder().endpointOverride(endpoint).region(Region.of(config.get("AWS_REGION").orElseThrow()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(System.getProperty("aws.accessKeyId"),
                        System.getProperty("aws.secretAccessKey"))))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build()) {
            return presigner.presignPutObject(r -> r.signatureDuration(Duration.ofMinutes(5))
                    .putObjectRequest(p -> p.bucket(bucket).key(key).contentType(contentType).contentLength(length)));
        }
    }

    private static HttpResponse<String> preflight(URI url, String origin) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFunctionsThatUploadKnowTheBucket() {
        assertEquals(stack.resources().bucket(Registry.IMAGES), System.getProperty(Registry.IMAGES.envName()));
    }

    @Test
    void aBrowserOnTheShopPutsAPresignedUploadAndTheShopServesIt() throws Exception {
        String name = UUID.randomUUID() + ".jpg";
        var upload = signed(Registry.PRODUCT_IMAGES + name, "image/jpeg", JPEG.length);
        URI url = upload.url().toURI();
        assertEquals(URI.create(System.getProperty("AWS_ENDPOINT_URL")).getAuthority(), url.getAuthority(), "straight to S3, not through the shop");
        assertTrue(upload.signedHeaders().containsKey("content-type"), upload.signedHeaders().toString());

        var asked = preflight(url, shop);
        assertEquals(200, asked.statusCode(), asked.body());
        assertEquals(shop, asked.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(asked.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"), asked.headers().toString());
        assertTrue(asked.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("content-type"));

        // java.net.http sets Content-Length itself, from the body, as a browser does
        var put = HTTP.send(HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofByteArray(JPEG))
                .header("Origin", shop).header("Content-Type", "image/jpeg").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(shop, put.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "the browser lets the page see the answer");

        var shown = HTTP.send(HttpRequest.newBuilder(URI.create(shop + Registry.IMAGES.webPath() + "products/" + name)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, shown.statusCode());
        assertEquals("image/jpeg", shown.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(JPEG, shown.body());
    }

    @Test
    void anotherOriginIsNotAllowedToUpload() throws Exception {
        URI url = signed(Registry.PRODUCT_IMAGES + UUID.randomUUID() + ".png", "image/png", 10).url().toURI();
        var asked = preflight(url, "http://evil.example");
        assertFalse(asked.statusCode() == 200 && asked.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                "a page elsewhere must not be let through: " + asked.statusCode() + " " + asked.headers());
    }
}
