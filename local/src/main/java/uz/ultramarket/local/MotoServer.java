package uz.ultramarket.local;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * moto (the engine LocalStack is built on) as a child process on one loopback port: SNS, SQS, SES, S3 and Secrets
 * Manager. It keeps everything in memory, so topics and queues are created again at every start.
 */
final class MotoServer implements AutoCloseable {
    static final String INSTALL_HINT = "pip install 'moto[server]'";
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(30);
    private static final String WATCHDOG = """
            exec 3<&0
            "$0" -H 127.0.0.1 -p "$1" </dev/null &
            moto=$!
            { read -r _ <&3; kill $moto 2>/dev/null; } &
            wait $moto""";

    private final Process watchdog;
    private final URI endpoint;

    private MotoServer(Process watchdog, URI endpoint) {
        this.watchdog = watchdog;
        this.endpoint = endpoint;
    }

    static MotoServer start(Path logFile, int port, String pathVariable, Path home) throws IOException, InterruptedException {
        Path executable = locate(pathVariable, home).orElseThrow(() -> new IllegalStateException(
                "moto_server was not found on PATH nor in ~/.pyenv/shims; install it with: " + INSTALL_HINT));
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        // the shell lives as long as moto, and kills it once the JVM's end of its stdin closes, even if the JVM is killed
        var builder = new ProcessBuilder("sh", "-c", WATCHDOG, executable.toString(), Integer.toString(port));
        // moto answers every origin's CORS request by default; S3 answers only what a bucket's CORS rules allow
        builder.environment().put("MOTO_DISABLE_GLOBAL_CORS", "true");
        var watchdog = builder
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        var moto = new MotoServer(watchdog, URI.create("http://127.0.0.1:" + port));
        try {
            moto.awaitListening(port, logFile);
            return moto;
        } catch (IOException | RuntimeException | InterruptedException e) {
            moto.close();
            throw e;
        }
    }

    /** {@code moto_server} on {@code PATH}, else in pyenv's shims (where this machine's Python keeps it). */
    static Optional<Path> locate(String pathVariable, Path home) {
        var dirs = Stream.concat(
                Stream.of(pathVariable == null ? new String[0] : pathVariable.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of),
                Stream.of(home.resolve(".pyenv/shims")));
        return dirs.map(dir -> dir.resolve("moto_server")).filter(Files::isExecutable).findFirst();
    }

    URI endpoint() { return endpoint; }

    private void awaitListening(int port, Path logFile) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!watchdog.isAlive()) {
                throw new IllegalStateException("moto_server stopped while starting; see " + logFile);
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(25);
            }
        }
        throw new IOException("moto_server did not listen on port " + port + " within " + STARTUP_LIMIT.toSeconds() + " s; see " + logFile);
    }

    @Override
    public void close() throws IOException {
        var processes = Stream.concat(watchdog.descendants(), Stream.of(watchdog.toHandle())).toList();
        watchdog.getOutputStream().close();
        if (!watchdog.onExit().completeOnTimeout(watchdog, 3, TimeUnit.SECONDS).join().isAlive()) return;
        processes.forEach(ProcessHandle::destroyForcibly);
    }
}
