package uz.ultramarket.core.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A moto server (SNS, SQS, Secrets Manager, …) on a free loopback port, for a test world; closing stops it and its children. */
public final class MotoProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private MotoProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static MotoProcess start() throws IOException, InterruptedException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var home = Path.of(System.getProperty("user.home"));
        String pathVariable = System.getenv("PATH") == null ? "" : System.getenv("PATH");
        Path executable = Stream.concat(Stream.of(pathVariable.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of),
                        Stream.of(home.resolve(".pyenv/shims")))
                .map(dir -> dir.resolve("moto_server")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("moto_server is not on PATH nor in ~/.pyenv/shims: pip install 'moto[server]'"));
        var process = new ProcessBuilder(executable.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("moto_server stopped while starting");
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new MotoProcess(process, port);
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("moto_server did not listen on " + port);
    }

    /** Its endpoint, for {@code AWS_ENDPOINT_URL}. */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        var processes = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        processes.forEach(ProcessHandle::destroy);
        if (!process.waitFor(3, TimeUnit.SECONDS)) processes.forEach(ProcessHandle::destroyForcibly);
    }
}
