package uz.ultramarket.core.db;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import javax.sql.DataSource;
import uz.ultramarket.core.aws.AwsClients;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;

/** The PostgreSQL pool; Secrets Manager is touched only when {@code DB_SECRET_ARN} is set. */
@Module(includes = AwsModule.class)
public final class DatabaseModule {

    private DatabaseModule() {}

    @Provides
    @Singleton
    static Database database(Config config, Lazy<AwsClients> aws) {
        return new Database(config, () -> aws.get().secretsManager());
    }

    @Provides
    @Singleton
    static DataSource dataSource(Database database) {
        return database.dataSource();
    }
}
