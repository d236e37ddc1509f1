package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticSiteTest {
    @TempDir Path dist;
    private StaticSite site;

    @BeforeEach
    void build() throws IOException {
        Files.writeString(dist.resolve("index.html"), "<html>shop</html>");
        Files.writeString(dist.resolve("robots.txt"), "User-agent: *");
        Files.createDirectories(dist.resolve("assets"));
        Files.writeString(dist.resolve("assets/app-1234.js"), "console.log(1)");
        Files.writeString(dist.resolve("assets/app-1234.css"), "body{}");
        Files.write(dist.resolve("assets/logo.png"), new byte[] {1, 2});
        site = new StaticSite(dist);
    }

    @Test
    void filesCarryTheirContentType() throws IOException {
        var js = site.serve("GET", "/assets/app-1234.js");
        assertEquals(200, js.status());
        assertEquals("text/javascript; charset=utf-8", js.contentType());
        assertEquals("text/css; charset=utf-8", site.serve("GET", "/assets/app-1234.css").contentType());
        assertEquals("image/png", site.serve("GET", "/assets/logo.png").contentType());
        assertEquals("text/plain; charset=utf-8", site.serve("GET", "/robots.txt").contentType());
    }

    @Test
    void assetsAreImmutableAndEverythingElseRevalidated() throws IOException {
        assertEquals(StaticSite.IMMUTABLE, site.serve("GET", "/assets/app-1234.js").cacheControl());
        assertEquals(StaticSite.NO_CACHE, site.serve("GET", "/").cacheControl());
        assertEquals(StaticSite.NO_CACHE, site.serve("GET", "/index.html").cacheControl());
        assertEquals(StaticSite.NO_CACHE, site.serve("GET", "/robots.txt").cacheControl());
    }

    @Test
    void pathsWithoutExtensionGetTheApp() throws IOException {
        for (var path : new String[] {"/", "/catalog/phones", "/cart", "/index.html"}) {
            var reply = site.serve("GET", path);
            assertEquals(200, reply.status(), path);
            assertEquals("text/html; charset=utf-8", reply.contentType());
            assertEquals("<html>shop</html>", new String(reply.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void missingFilesAndEscapesAreNotFound() throws IOException {
        assertEquals(404, site.serve("GET", "/assets/gone.js").status());
        assertEquals(404, site.serve("GET", "/../../etc/passwd").status());
        assertEquals(405, site.serve("POST", "/").status());
        assertNull(site.serve("GET", "/missing.css").cacheControl());
    }

    @Test
    void anUnbuiltFrontendSaysHowToBuildIt() throws IOException {
        var reply = new StaticSite(dist.resolve("nothing-here")).serve("GET", "/");
        assertEquals(404, reply.status());
        assertTrue(new String(reply.body(), StandardCharsets.UTF_8).contains("npm run build"));
    }
}
