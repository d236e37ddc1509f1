package uz.ultramarket.ops.migrate;

import dagger.Component;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import javax.sql.DataSource;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.db.DatabaseModule;
import uz.ultramarket.core.aws.AwsModule;

@Singleton
@Component(modules = {CoreModule.class, AwsModule.class, DatabaseModule.class, MigrateComponent.SchemaModule.class})
interface MigrateComponent {
    CatalogSchema schema();

    @Module
    final class SchemaModule {
        private SchemaModule() {}

        @Provides
        @Singleton
        static CatalogSchema schema(DataSource dataSource) { return new CatalogSchema(dataSource); }
    }
}
