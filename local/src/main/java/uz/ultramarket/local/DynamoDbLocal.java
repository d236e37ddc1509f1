package uz.ultramarket.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.CommandLineInput;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** AWS's DynamoDB emulator, in this JVM, keeping its tables (and their streams) in one SQLite file under {@code dataDir}. */
final class DynamoDbLocal implements AutoCloseable {
    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private DynamoDbLocal(DynamoDBProxyServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    static DynamoDbLocal start(Path dataDir, int port) throws Exception {
        Files.createDirectories(dataDir);
        // -sharedDb: one database whatever credentials and region a client uses, so any tool sees the same tables
        var input = new CommandLineInput(new String[] {
                "-dbPath", dataDir.toString(), "-sharedDb", "-disableTelemetry", "-port", Integer.toString(port)});
        if (!input.init()) throw new IllegalStateException("DynamoDB Local refused its options");
        var server = ServerRunner.createServer(input); // createServerFromCommandLineArgs would print its settings to stdout
        bindToLoopback(server);
        server.start();
        return new DynamoDbLocal(server, URI.create("http://127.0.0.1:" + port));
    }

    URI endpoint() { return endpoint; }

    // DynamoDB Local has no host option and would otherwise listen on every interface
    private static void bindToLoopback(DynamoDBProxyServer proxy) throws ReflectiveOperationException {
        var field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        for (var connector : ((Server) field.get(proxy)).getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) serverConnector.setHost("127.0.0.1");
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
