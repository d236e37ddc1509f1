package uz.ultramarket.orders.testing;

import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** DynamoDB Local in this JVM, in memory, on a free loopback port: a test world's DynamoDB. */
public final class DynamoDbLocalServer implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final int port;

    private DynamoDbLocalServer(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static DynamoDbLocalServer start() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var server = ServerRunner.createServerFromCommandLineArgs(new String[] {"-inMemory", "-disableTelemetry", "-port", String.valueOf(port)});
        server.start();
        return new DynamoDbLocalServer(server, port);
    }

    /** What core's {@code Config} needs to reach it (test credentials, a region); a world adds its other endpoints. */
    public Map<String, String> environment() {
        var environment = new HashMap<String, String>();
        environment.put("AWS_REGION", "us-east-1");
        environment.put("AWS_ACCESS_KEY_ID", "testing");
        environment.put("AWS_SECRET_ACCESS_KEY", "testing");
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + port);
        return environment;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

}
