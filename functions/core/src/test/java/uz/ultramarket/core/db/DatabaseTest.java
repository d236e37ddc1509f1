package uz.ultramarket.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import uz.ultramarket.core.config.Config;

class DatabaseTest {

    /** Answers one secret, as RDS writes it. */
    static final class FakeSecrets implements SecretsManagerClient {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
            reads.incrementAndGet();
            return GetSecretValueResponse.builder()
                    .arn(request.secretId())
                    .secretString("{\"engine\":\"postgres\",\"username\":\"catalog\",\"password\":\"s3cret\","
                            + "\"host\":\"aurora.internal\",\"port\":5432,\"dbname\":\"shop\"}")
                    .build();
        }

        @Override
        public String serviceName() {
            return "secretsmanager";
        }

        @Override
        public void close() {}
    }

    @Test
    void settingsFromVariables() {
        FakeSecrets secrets = new FakeSecrets();
        HikariConfig hikari = new Database(new Config(Map.of(
                "DB_URL", "jdbc:postgresql://localhost:5432/shop",
                "DB_USER", "shop",
                "DB_PASSWORD", "pw",
                "AWS_LAMBDA_FUNCTION_NAME", "browse")::get), () -> secrets).hikariConfig();

        assertEquals("jdbc:postgresql://localhost:5432/shop", hikari.getJdbcUrl());
        assertEquals("shop", hikari.getUsername());
        assertEquals("pw", hikari.getPassword());
        assertEquals(2, hikari.getMaximumPoolSize());
        assertEquals(2_000, hikari.getConnectionTimeout());
        assertEquals("true", hikari.getDataSourceProperties().getProperty("reWriteBatchedInserts"));
        assertEquals("ultramarket-browse", hikari.getDataSourceProperties().getProperty("ApplicationName"));
        assertEquals(0, secrets.reads.get());
    }

    @Test
    void secretFillsWhatVariablesLeaveOut() {
        FakeSecrets secrets = new FakeSecrets();
        Map<String, String> values = new HashMap<>(Map.of("DB_SECRET_ARN", "arn:aws:secretsmanager:eu-central-1:000000000000:secret:db", "DB_POOL_SIZE", "4"));

        HikariConfig fromSecret = new Database(new Config(values::get), () -> secrets).hikariConfig();
        values.put("DB_URL", "jdbc:postgresql://proxy.internal:5432/shop");
        HikariConfig viaProxy = new Database(new Config(values::get), () -> secrets).hikariConfig();

        assertEquals("jdbc:postgresql://aurora.internal:5432/shop", fromSecret.getJdbcUrl());
        assertEquals("catalog", fromSecret.getUsername());
        assertEquals("s3cret", fromSecret.getPassword());
        assertEquals(4, fromSecret.getMaximumPoolSize());
        assertEquals("jdbc:postgresql://proxy.internal:5432/shop", viaProxy.getJdbcUrl());
        assertEquals("catalog", viaProxy.getUsername());
    }

    @Test
    void noUrlAndNoSecretFailsClearly() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Database(new Config(Map.<String, String>of()::get), FakeSecrets::new).hikariConfig());

        assertTrue(e.getMessage().contains("DB_URL"), e.getMessage());
    }

    @Test
    void poolIsCreatedLazilyWithoutConnecting() {
        try (Database database = new Database(new Config(Map.of(
                "DB_URL", "jdbc:postgresql://127.0.0.1:1/none", "DB_USER", "u", "DB_PASSWORD", "p")::get), FakeSecrets::new)) {

            assertEquals(database.dataSource(), database.dataSource());
        }
    }
}
