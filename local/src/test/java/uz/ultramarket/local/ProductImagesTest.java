package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import uz.ultramarket.catalog.demo.DemoImages;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.registry.Bucket;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.World;

/** Product images as the shop shows them: the catalog's keys, served at /images/ from the moto bucket the stack filled. */
class ProductImagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir static Path dir;
    private static LocalStack stack;
    private static String bucketName;

    @BeforeAll
    static void start() {
        // a small demo catalog is enough: the image set is the same whatever its size
        stack = LocalStack.start(LocalOptions.forTests(dir).withDemoProducts(300), World.fromRegistry());
        bucketName = stack.resources().bucket(Registry.IMAGES);
    }

    @AfterAll
    static void stop() {
        if (stack != null) stack.close();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(stack.baseUrl() + path));
        if (headers.length > 0) request.headers(headers);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String firstImageOf(String slug) throws Exception {
        var page = get("/api/products/" + slug);
        assertEquals(200, page.statusCode(), new String(page.body(), StandardCharsets.UTF_8));
        return Json.mapper().readTree(page.body()).path("images").get(0).asText();
    }

    @Test
    void theFirstImageOfAProductPageIsServedFromTheBucketAsTheCloudServesIt() throws Exception {
        String key = firstImageOf("samsung-galaxy-a55");
        var image = get("/images/" + key);

        assertEquals(200, image.statusCode());
        assertEquals(DemoImages.CONTENT_TYPE, image.headers().firstValue("Content-Type").orElse(""));
        assertEquals(DemoImages.CACHE_CONTROL, image.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(image.headers().firstValue("ETag").orElse("").matches("\"[0-9a-f]{32}\""), image.headers().toString());
        assertTrue(image.headers().firstValue("Last-Modified").orElse("").endsWith(" GMT"));
        assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(Bucket.CONTENT_SECURITY_POLICY, image.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(new String(image.body(), StandardCharsets.UTF_8).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertEquals(new String(DemoImages.all().get(key), StandardCharsets.UTF_8), new String(image.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aBrowserThatHasTheImageGetsA304() throws Exception {
        String path = "/images/" + firstImageOf("samsung-galaxy-a55");
        var first = get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        var again = get(path, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        assertEquals(DemoImages.CACHE_CONTROL, again.headers().firstValue("Cache-Control").orElse(""));

        assertEquals(304, get(path, "If-None-Match", "\"other\", W/" + etag).statusCode(), "a weak match is a match");
        assertEquals(200, get(path, "If-None-Match", "\"other\"").statusCode());
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, get(path, "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, get(path, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode());
    }

    @Test
    void headAnswersLikeGetWithoutTheBodyAndOtherMethodsAreRefused() throws Exception {
        String path = "/images/" + firstImageOf("samsung-galaxy-a55");
        var head = HTTP.send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(DemoImages.CONTENT_TYPE, head.headers().firstValue("Content-Type").orElse(""));
        assertTrue(head.headers().firstValue("ETag").isPresent());
        assertEquals(0, head.body().length);

        var post = HTTP.send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + path)).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void anUnknownKeyIsA404() throws Exception {
        assertEquals(404, get("/images/demo/smartphones/no-such-shade-front.svg").statusCode());
        assertEquals(404, get("/images/products/samsung-galaxy-a55/1.jpg").statusCode(), "the keys of earlier demo catalogs");
        assertEquals(404, get("/images/").statusCode());
    }

    @Test
    void nothingOutsideTheImagesPrefixCanBeReached() throws Exception {
        // an object beside images/ in the same bucket, and the shop's own routes: neither may come back through /images/
        stack.aws().s3().putObject(r -> r.bucket(bucketName).key("private.txt"), RequestBody.fromString("not for the shop"));
        for (String attempt : List.of("/images/../private.txt", "/images/%2e%2e/private.txt", "/images/demo/..%2f..%2fprivate.txt",
                "/images/demo/%2E%2E/%2E%2E/private.txt", "/images/./demo/smartphones/black-front.svg", "/images//private.txt",
                "/images/demo\\..\\..\\private.txt", "/images/..%5cprivate.txt", "/images/%00private.txt",
                "/images/../api/health", "/images/../../../../etc/passwd")) {
            var response = raw(attempt);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), attempt + " → " + response.lines().findFirst().orElse(""));
            assertFalse(response.contains("not for the shop") || response.contains("root:") || response.contains("\"status\":\"up\""), attempt);
        }
    }

    @Test
    void everyImageOfTheCatalogIsInTheBucketAndAnotherUploadFindsThemThere() throws Exception {
        // the stack serves while the upload may still run (image requests wait for it): give it its few seconds
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (demoObjects() < DemoImages.all().size() && System.nanoTime() < deadline) Thread.sleep(100);
        assertEquals(DemoImages.all().size(), demoObjects());
        var again = DemoImagesSeed.upload(stack.aws().s3(), bucketName, Registry.IMAGES);
        assertEquals(new DemoImagesSeed.Result(0, DemoImages.all().size()), again);
    }

    private static long demoObjects() {
        return stack.aws().s3().listObjectsV2Paginator(r -> r.bucket(bucketName).prefix("images/demo/")).contents().stream().count();
    }

    @Test
    void theLocalPageListsTheBucket() throws Exception {
        everyImageOfTheCatalogIsInTheBucketAndAnotherUploadFindsThemThere();
        var page = new String(get("/_local/").body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("<h2>Buckets</h2>"), page);
        assertTrue(page.contains("<tr><td>" + bucketName + "</td><td><code>/images/*</code>"), page);
        assertTrue(page.contains("<code>images/*</code></td><td>" + DemoImages.all().size() + "</td>"), "objects under images/: " + page);
    }

    /** The request exactly as written: HTTP clients would tidy the path first, a hostile one does not. */
    private static String raw(String path) throws Exception {
        try (var socket = new Socket(stack.baseUrl().getHost(), stack.baseUrl().getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
