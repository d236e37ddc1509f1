package uz.ultramarket.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import uz.ultramarket.catalog.demo.DemoCatalog;

/**
 * How to run the local stack.
 *
 * @param port         HTTP port on 127.0.0.1; 0 picks a free one
 * @param dataDir      DynamoDB Local's and PostgreSQL's data, kept between runs
 * @param frontendDir  the built storefront ({@code frontend/dist}) served for every path outside /api/ and /_local/
 * @param fresh        wipe {@code dataDir} before starting
 * @param verbose      show function logs and every request on stdout
 * @param awsEndpoint  an AWS emulator already running (e.g. LocalStack); then neither DynamoDB Local nor moto starts
 * @param demoProducts how many demo products to load into an empty catalog (0: none)
 * @param demoOrders   how many demo orders to place into an empty orders table (0: none)
 */
public record LocalOptions(int port, Path dataDir, Path frontendDir, boolean fresh, boolean verbose, Optional<URI> awsEndpoint,
                           int demoProducts, int demoOrders) {

    public static final int DEFAULT_PORT = 3000;

    static final String USAGE = """
            usage: LocalStack [--port N] [--fresh] [--data-dir DIR] [--frontend DIR] [--root DIR] [--verbose] [--demo-products N] [--demo-orders N]
              --port N          HTTP port (default 3000)
              --fresh           wipe the data folder first
              --data-dir DIR    where DynamoDB and PostgreSQL keep their data (default <root>/local/.data)
              --frontend DIR    the built shop (default <root>/frontend/dist)
              --root DIR        the repository root (default: the folder above the current one that holds functions/)
              --verbose         show function logs and every request
              --demo-products N demo products loaded into an empty catalog (default 2000; 100000 for benchmarks; 0 none)
              --demo-orders N   demo orders of the last 60 days placed into an empty orders table (default 200; 0 none)
            AWS_ENDPOINT_URL set (e.g. http://localhost:4566) uses that emulator for every AWS service.""";

    public LocalOptions {
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0..65535: " + port);
        if (demoProducts < 0) throw new IllegalArgumentException("--demo-products must not be negative: " + demoProducts);
        if (demoOrders < 0) throw new IllegalArgumentException("--demo-orders must not be negative: " + demoOrders);
        dataDir = dataDir.toAbsolutePath().normalize();
        frontendDir = frontendDir.toAbsolutePath().normalize();
    }

    /** A stack for a test: a free port, its own data folder, no frontend unless {@link #withFrontend} names one. */
    public static LocalOptions forTests(Path dataDir) {
        return new LocalOptions(0, dataDir, dataDir.resolve("no-frontend"), false, false, Optional.empty(), 0, 0);
    }

    public LocalOptions withFresh(boolean wipe) { return new LocalOptions(port, dataDir, frontendDir, wipe, verbose, awsEndpoint, demoProducts, demoOrders); }

    public LocalOptions withFrontend(Path dir) { return new LocalOptions(port, dataDir, dir, fresh, verbose, awsEndpoint, demoProducts, demoOrders); }

    public LocalOptions withDemoProducts(int count) { return new LocalOptions(port, dataDir, frontendDir, fresh, verbose, awsEndpoint, count, demoOrders); }

    public LocalOptions withDemoOrders(int count) { return new LocalOptions(port, dataDir, frontendDir, fresh, verbose, awsEndpoint, demoProducts, count); }

    /** Reads the command line; {@code env} supplies {@code AWS_ENDPOINT_URL}; {@code workingDir} is where the search for the repository root starts. */
    public static LocalOptions parse(String[] args, Map<String, String> env, Path workingDir) {
        int port = DEFAULT_PORT;
        int demoProducts = DemoCatalog.STANDARD_SIZE;
        int demoOrders = DemoOrders.STANDARD_SIZE;
        boolean fresh = false;
        boolean verbose = false;
        Path dataDir = null;
        Path frontend = null;
        Path root = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = parsePort(value(args, ++i, "--port"));
                case "--demo-products" -> demoProducts = parseCount(value(args, ++i, "--demo-products"), "--demo-products");
                case "--demo-orders" -> demoOrders = parseCount(value(args, ++i, "--demo-orders"), "--demo-orders");
                case "--fresh" -> fresh = true;
                case "--verbose" -> verbose = true;
                case "--data-dir" -> dataDir = workingDir.resolve(value(args, ++i, "--data-dir"));
                case "--frontend" -> frontend = workingDir.resolve(value(args, ++i, "--frontend"));
                case "--root" -> root = workingDir.resolve(value(args, ++i, "--root"));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (dataDir == null || frontend == null) {
            Path repo = root != null ? root : findRoot(workingDir);
            if (dataDir == null) dataDir = repo.resolve("local/.data");
            if (frontend == null) frontend = repo.resolve("frontend/dist");
        }
        var endpoint = Optional.ofNullable(env.get("AWS_ENDPOINT_URL")).filter(s -> !s.isBlank()).map(URI::create);
        return new LocalOptions(port, dataDir, frontend, fresh, verbose, endpoint, demoProducts, demoOrders);
    }

    /** The repository root: the nearest folder, from {@code start} upwards, that holds {@code functions/}. */
    static Path findRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("functions"))) return dir;
        }
        throw new IllegalArgumentException("no folder holding functions/ above " + start + "; run from inside the repository or pass --root DIR");
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        return args[index];
    }

    private static int parseCount(String text, String option) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number: " + text);
        }
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number: " + text);
        }
    }
}
