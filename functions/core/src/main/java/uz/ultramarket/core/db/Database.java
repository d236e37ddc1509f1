package uz.ultramarket.core.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.json.Json;

/**
 * The PostgreSQL connection pool of one container, made on first use. Connection settings come from {@code DB_URL},
 * {@code DB_USER} and {@code DB_PASSWORD}; whatever of them is missing is filled from the Secrets Manager secret named
 * by {@code DB_SECRET_ARN} (the JSON RDS writes: username, password, host, port, dbname).
 */
public final class Database implements AutoCloseable {

    private final Config config;
    private final Supplier<SecretsManagerClient> secretsManager;
    private volatile HikariDataSource dataSource;

    /** {@code secretsManager} is only called when {@code DB_SECRET_ARN} is set. */
    public Database(Config config, Supplier<SecretsManagerClient> secretsManager) {
        this.config = config;
        this.secretsManager = secretsManager;
    }

    public DataSource dataSource() {
        HikariDataSource result = dataSource;
        if (result == null) {
            synchronized (this) {
                result = dataSource;
                if (result == null) {
                    result = new HikariDataSource(hikariConfig());
                    dataSource = result;
                }
            }
        }
        return result;
    }

    /** The pool settings, exposed so they can be checked without a database. */
    HikariConfig hikariConfig() {
        Optional<JsonNode> secret = config.get("DB_SECRET_ARN").map(this::readSecret);
        String url = config.get("DB_URL").orElseGet(() -> secret
                .map(s -> "jdbc:postgresql://" + text(s, "host") + ":" + s.path("port").asInt(5432) + "/" + text(s, "dbname"))
                .orElseThrow(() -> new IllegalStateException("Missing configuration: set DB_URL or DB_SECRET_ARN")));
        String function = config.get("AWS_LAMBDA_FUNCTION_NAME").orElse("local");

        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("ultramarket-" + function);
        hikari.setJdbcUrl(url);
        hikari.setUsername(config.get("DB_USER").orElseGet(() -> secret.map(s -> text(s, "username")).orElse(null)));
        hikari.setPassword(config.get("DB_PASSWORD").orElseGet(() -> secret.map(s -> text(s, "password")).orElse(null)));
        // Lambda serves one request at a time per container, so a couple of connections is plenty
        hikari.setMaximumPoolSize(config.getInt("DB_POOL_SIZE", 2));
        // no connection at start-up: the first query opens one, so init (and a SnapStart snapshot) holds no socket
        hikari.setMinimumIdle(0);
        hikari.setInitializationFailTimeout(-1);
        hikari.setConnectionTimeout(config.getDuration("DB_CONNECTION_TIMEOUT", Duration.ofSeconds(2)).toMillis());
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        hikari.addDataSourceProperty("ApplicationName", "ultramarket-" + function);
        hikari.addDataSourceProperty("connectTimeout", "2");
        return hikari;
    }

    @Override
    public synchronized void close() {
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
        }
    }

    private JsonNode readSecret(String arn) {
        String json = secretsManager.get().getSecretValue(r -> r.secretId(arn)).secretString();
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Secret " + arn + " is not JSON");
        }
    }

    private static String text(JsonNode secret, String field) {
        JsonNode value = secret.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException("The database secret has no '" + field + "'");
        }
        return value.asText();
    }
}
