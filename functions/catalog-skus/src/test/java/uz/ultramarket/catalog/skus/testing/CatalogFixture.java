package uz.ultramarket.catalog.skus.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL 16 with the shop's own migrations and a small catalog, as the catalog's tables hold it: a phone in
 * two colours (A55-BLACK-256: 7 on hand; A55-BLUE-128: 3 on hand, 1 reserved), an archived product's SKU (OLD-1), and
 * sixty cables (CABLE-01 … CABLE-60, 1,000 each) for tests that fill a cart. One per test class; the cart's tests reuse it.
 */
public final class CatalogFixture implements AutoCloseable {

    public final EmbeddedPostgres server;
    public final HikariDataSource dataSource;

    public CatalogFixture() throws IOException, SQLException {
        server = EmbeddedPostgres.builder().start();
        var config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(24);
        dataSource = new HikariDataSource(config);
        Path migrations = Path.of(System.getProperty("catalog.migrations", "../ops/src/main/resources/db/migration"));
        if (!Files.isDirectory(migrations)) throw new IllegalStateException("no migrations at " + migrations.toAbsolutePath());
        Flyway.configure().dataSource(dataSource).locations("filesystem:" + migrations).load().migrate();
        sql("""
                INSERT INTO attribute (key, kind, unit, name_uz, name_ru, name_en, position) VALUES
                  ('color', 'option', NULL, 'Rang', 'Цвет', 'Colour', 1), ('storage_gb', 'number', 'GB', 'Xotira', 'Память', 'Storage', 2);
                INSERT INTO attribute_option (attribute_key, value, name_uz, name_ru, name_en) VALUES
                  ('color', 'black', 'Qora', 'Чёрный', 'Black'), ('color', 'blue', 'Ko‘k', 'Синий', 'Blue');
                INSERT INTO category (id, slug, name_uz, name_ru, name_en) VALUES (1, 'smartphones', 'Smartfonlar', 'Смартфоны', 'Smartphones');
                INSERT INTO product (id, slug, category_id, name_uz, name_ru, name_en, images, status) VALUES
                  (1, 'galaxy-a55', 1, 'Samsung Galaxy A55 uz', 'Samsung Galaxy A55 ру', 'Samsung Galaxy A55', '{demo/a55-front.svg,demo/a55-back.svg}', 'active'),
                  (2, 'old-phone', 1, 'Eski telefon', 'Старый телефон', 'Old phone', '{}', 'archived'),
                  (3, 'usb-cable', 1, 'USB kabel', 'USB-кабель', 'USB cable', '{demo/cable.svg}', 'active');
                INSERT INTO sku (code, product_id, options, price, compare_at_price, stock_on_hand, stock_reserved, ikpu, position) VALUES
                  ('A55-BLACK-256', 1, '{"color": "black", "storage_gb": 256}', 549900000, 599900000, 7, 0, '08517001001000000', 1),
                  ('A55-BLUE-128', 1, '{"color": "blue", "storage_gb": 128}', 479900000, NULL, 3, 1, '08517001001000000', 2),
                  ('OLD-1', 2, '{}', 100000, NULL, 5, 0, '08517001001000000', 1);
                INSERT INTO sku (code, product_id, price, stock_on_hand, ikpu, position)
                SELECT 'CABLE-' || lpad(n::text, 2, '0'), 3, 2500000 + n * 100, 1000, '08544420000000000', n FROM generate_series(1, 60) AS n;
                """);
    }

    public void sql(String statements) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    /** {on hand, reserved} of a SKU. */
    public int[] stock(String code) throws SQLException {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT stock_on_hand, stock_reserved FROM sku WHERE code = ?")) {
            statement.setString(1, code);
            try (var row = statement.executeQuery()) {
                row.next();
                return new int[] {row.getInt(1), row.getInt(2)};
            }
        }
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        server.close();
    }
}
