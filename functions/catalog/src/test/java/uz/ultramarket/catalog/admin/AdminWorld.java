package uz.ultramarket.catalog.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import uz.ultramarket.catalog.admin.categories.AdminCategoriesHandler;
import uz.ultramarket.catalog.admin.categories.AdminCategoriesService;
import uz.ultramarket.catalog.admin.categories.CategoryStore;
import uz.ultramarket.catalog.admin.products.AdminProductStore;
import uz.ultramarket.catalog.admin.products.AdminProductsHandler;
import uz.ultramarket.catalog.admin.products.AdminProductsService;
import uz.ultramarket.catalog.admin.products.ImageUploads;
import uz.ultramarket.catalog.admin.stock.AdminStockHandler;
import uz.ultramarket.catalog.admin.stock.AdminStockService;
import uz.ultramarket.catalog.admin.stock.StockStore;
import uz.ultramarket.catalog.testing.TestDatabase;
import uz.ultramarket.core.audit.AuditEntry;
import uz.ultramarket.core.audit.AuditTrail;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.SigningKeySet;
import uz.ultramarket.core.auth.SigningKeys;
import uz.ultramarket.core.aws.AwsClients;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.testing.MotoProcess;
import uz.ultramarket.core.testing.TestTokens;
import uz.ultramarket.orders.testing.DynamoDbLocalServer;
import uz.ultramarket.orders.testing.RegistryTables;
import uz.ultramarket.registry.Registry;

/**
 * The admin catalog functions against real parts, one per test class: a migrated PostgreSQL of the class's own with a
 * small catalog (two categories, a brand, a colour attribute), DynamoDB Local with the registry's audit table, moto's S3
 * with the images bucket. Handlers are the real ones over the real stores; tokens are signed as the accounts functions do.
 */
public final class AdminWorld implements AutoCloseable {

    public static final String BUCKET = "images";
    private static final AtomicInteger WORLDS = new AtomicInteger();

    public final Clock clock = Clock.systemUTC();
    public final DataSource database;
    public final AwsClients aws;
    public final AuditTrail auditTrail;
    public final AccessTokenVerifier verifier;
    public final AdminProductsHandler products;
    public final AdminCategoriesHandler categories;
    public final AdminStockHandler stock;
    public final long electronics;
    public final long smartphones;

    private final SigningKeySet keys = SigningKeySet.generate(clock.instant());
    private final DynamoDbLocalServer dynamoDb;
    private final MotoProcess moto;

    public AdminWorld(String name) throws Exception {
        database = TestDatabase.empty(name + "_" + WORLDS.incrementAndGet());
        dynamoDb = DynamoDbLocalServer.start();
        moto = MotoProcess.start();
        var environment = dynamoDb.environment();
        environment.put("AWS_ENDPOINT_URL", moto.endpoint());
        aws = new AwsClients(new Config(environment::get));
        RegistryTables.create(aws.dynamoDb(), Registry.AUDIT);
        aws.s3().createBucket(r -> r.bucket(BUCKET));
        auditTrail = new AuditTrail(aws.dynamoDb(), Registry.AUDIT.name(), clock);
        verifier = new AccessTokenVerifier(SigningKeys.fixed(keys), clock);
        try (var c = database.getConnection(); var s = c.createStatement()) {
            s.execute("""
                    INSERT INTO category (slug, parent_id, name_uz, name_ru, name_en, position, search_name)
                    VALUES ('electronics', NULL, 'Elektronika', 'Электроника', 'Electronics', 0, 'elektronika electronics');
                    INSERT INTO category (slug, parent_id, name_uz, name_ru, name_en, position, search_name)
                    SELECT 'smartphones', id, 'Smartfonlar', 'Смартфоны', 'Smartphones', 0, 'smartfonlar smartfony smartphones'
                      FROM category WHERE slug = 'electronics';
                    INSERT INTO brand (slug, name, search_name) VALUES ('samsung', 'Samsung', 'samsung');
                    INSERT INTO attribute (key, kind, name_uz, name_ru, name_en) VALUES ('color', 'option', 'Rang', 'Цвет', 'Colour');
                    INSERT INTO attribute_option (attribute_key, value, name_uz, name_ru, name_en)
                    VALUES ('color', 'black', 'Qora', 'Чёрный', 'Black'), ('color', 'blue', 'Ko''k', 'Синий', 'Blue');
                    """);
        }
        electronics = categoryId("electronics");
        smartphones = categoryId("smartphones");
        var uploads = new ImageUploads(aws.s3Presigner(), BUCKET, clock);
        products = new AdminProductsHandler(verifier,
                new AdminProductsService(new AdminProductStore(database, new CatalogRefresh(database)), uploads, auditTrail));
        categories = new AdminCategoriesHandler(verifier,
                new AdminCategoriesService(new CategoryStore(database, new CatalogRefresh(database)), auditTrail));
        stock = new AdminStockHandler(verifier, new AdminStockService(new StockStore(database), auditTrail));
    }

    public String managerToken(String userId) {
        return TestTokens.signed(keys, clock, userId, "manager");
    }

    public String customerToken(String userId) {
        return TestTokens.signed(keys, clock, userId, "customer");
    }

    /** Today's audit entries by {@code actor}, newest first. */
    public List<AuditEntry> auditBy(String actor) {
        var today = LocalDate.now(ZoneOffset.UTC);
        return auditTrail.read(today.minusDays(1), today.plusDays(1), Optional.of(actor), 100, Optional.empty()).items();
    }

    public long categoryId(String slug) throws Exception {
        try (var c = database.getConnection(); var s = c.prepareStatement("SELECT id FROM category WHERE slug = ?")) {
            s.setString(1, slug);
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Runs SQL on the world's database, e.g. to hold stock as an order would. */
    public void sql(String statement) throws Exception {
        try (var c = database.getConnection(); var s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Override
    public void close() throws Exception {
        aws.close();
        dynamoDb.close();
        moto.close();
    }
}
