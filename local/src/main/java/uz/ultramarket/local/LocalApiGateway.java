package uz.ultramarket.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import uz.ultramarket.registry.RouteTable;

/**
 * API Gateway HTTP API and CloudFront, locally, on 127.0.0.1: {@code /api/*} goes to the function whose route
 * matches, invoked in-process with a payload 2.0 event; {@code /_local/*} to the local stack's own pages; a bucket's
 * web path ({@code /images/*}) to the bucket; everything else to the built storefront.
 */
final class LocalApiGateway implements AutoCloseable {
    /** API Gateway's payload limit. */
    static final int BODY_LIMIT = 10 * 1024 * 1024;

    static {
        // small responses otherwise wait on Nagle's algorithm; must be set before the first HttpServer exists
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private RouteTable routes;
    private Map<String, WarmContainer> containers;
    private StaticSite site;
    private LocalPages pages;
    private List<BucketOrigin> origins;
    private boolean verbose;

    private LocalApiGateway(HttpServer server) {
        this.server = server;
    }

    /** Takes the port at once, so a busy one fails the start before anything else starts; serves from {@link #serve}. */
    static LocalApiGateway bind(int port) throws IOException {
        try {
            return new LocalApiGateway(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024));
        } catch (BindException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is in use; stop what uses it or pass --port N", e);
        }
    }

    /** Starts answering; requests that arrived since {@link #bind} have waited in the backlog. */
    void serve(RouteTable routeTable, Map<String, WarmContainer> warmContainers, StaticSite staticSite, LocalPages localPages,
               List<BucketOrigin> bucketOrigins, boolean verboseLog) {
        this.routes = routeTable;
        this.containers = warmContainers;
        this.site = staticSite;
        this.pages = localPages;
        this.origins = List.copyOf(bucketOrigins);
        this.verbose = verboseLog;
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() { return server.getAddress().getPort(); }

    URI baseUrl() { return URI.create("http://127.0.0.1:" + port()); }

    private void handle(HttpExchange exchange) {
        try {
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith("/api/")) api(exchange);
            else if (path.equals(LocalPages.PREFIX) || path.startsWith(LocalPages.PREFIX + "/")) pages.handle(exchange);
            else if (origin(path) instanceof BucketOrigin origin) origin.handle(exchange);
            else staticFile(exchange);
        } catch (IOException | UncheckedIOException clientGone) {
            // the client closed the connection; nothing to answer
        } catch (RuntimeException e) {
            Progress.say("local stack error on " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + e);
            e.printStackTrace(System.out);
            answerInternalError(exchange);
        } finally {
            exchange.close();
        }
    }

    private void api(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        byte[] body = readBody(exchange);
        if (body == null) {
            GatewayProblems.send(exchange, GatewayProblems.payloadTooLarge(BODY_LIMIT));
            return;
        }
        var match = routes.match(method, path);
        if (match.isEmpty()) {
            GatewayProblems.send(exchange, GatewayProblems.notFound("No route matches " + method + " " + path + "."));
            return;
        }
        String function = match.get().function().name();
        Object result;
        try {
            result = containers.get(function).invoke(PayloadV2.event(exchange, match.get(), body));
        } catch (RuntimeException | Error e) {
            logFailure(function, e);
            GatewayProblems.send(exchange, GatewayProblems.badGateway("The function " + function + " failed; the local stack's console shows why."));
            return;
        }
        if (!(result instanceof APIGatewayV2HTTPResponse response) || response.getStatusCode() < 100 || response.getStatusCode() > 599) {
            Progress.say(function + " returned " + describe(result) + " instead of an APIGatewayV2HTTPResponse with a status code");
            GatewayProblems.send(exchange, GatewayProblems.badGateway("The function " + function + " returned no valid response."));
            return;
        }
        PayloadV2.write(exchange, response);
        if (verbose) {
            Progress.say(method + " " + path + " → " + function + " " + response.getStatusCode() + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
        }
    }

    /** The bucket served at {@code path}, or null. */
    private BucketOrigin origin(String path) {
        for (var origin : origins) if (origin.serves(path)) return origin;
        return null;
    }

    private void staticFile(HttpExchange exchange) throws IOException {
        var reply = site.serve(exchange.getRequestMethod(), exchange.getRequestURI().getPath());
        if (reply.cacheControl() != null) exchange.getResponseHeaders().set("Cache-Control", reply.cacheControl());
        send(exchange, reply.status(), reply.contentType(), reply.body());
    }

    /** The body, or null when it is over {@link #BODY_LIMIT}; then it is still read to its end, so the client gets the 413. */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        var in = exchange.getRequestBody();
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > BODY_LIMIT) {
            in.transferTo(OutputStream.nullOutputStream());
            return null;
        }
        byte[] body = in.readNBytes(BODY_LIMIT + 1);
        if (body.length <= BODY_LIMIT) return body;
        in.transferTo(OutputStream.nullOutputStream());
        return null;
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean bodyless = exchange.getRequestMethod().equals("HEAD") || status == 204 || status == 304 || body.length == 0;
        exchange.sendResponseHeaders(status, bodyless ? -1 : body.length);
        if (!bodyless) exchange.getResponseBody().write(body);
    }

    // best effort: once the response has begun, the client only sees the connection close
    private static void answerInternalError(HttpExchange exchange) {
        try {
            GatewayProblems.send(exchange, GatewayProblems.internal());
        } catch (IOException | RuntimeException alreadyAnswering) {
            Progress.say("could not answer 500: " + alreadyAnswering);
        }
    }

    static void logFailure(String function, Throwable failure) {
        Progress.say(function + " failed: " + failure);
        failure.printStackTrace(System.out);
    }

    private static String describe(Object result) {
        return result == null ? "null" : result instanceof APIGatewayV2HTTPResponse r ? "status " + r.getStatusCode() : result.getClass().getName();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
