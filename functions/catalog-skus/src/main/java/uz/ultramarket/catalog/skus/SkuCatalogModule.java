package uz.ultramarket.catalog.skus;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import javax.sql.DataSource;
import uz.ultramarket.core.db.DatabaseModule;

/** The catalog's SKUs over its database, for the components of other contexts' functions. */
@Module(includes = DatabaseModule.class)
public final class SkuCatalogModule {

    private SkuCatalogModule() {}

    @Provides
    @Singleton
    static SkuCatalog skuCatalog(DataSource dataSource) {
        return new PostgresSkuCatalog(dataSource);
    }
}
