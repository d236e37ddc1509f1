package uz.ultramarket.catalog.api;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import javax.sql.DataSource;
import uz.ultramarket.catalog.listing.ProductListing;
import uz.ultramarket.catalog.search.CatalogSearch;

/** The catalog's stores over the container's one PostgreSQL pool (core's {@code DatabaseModule}). */
@Module
public final class CatalogStoresModule {

    private CatalogStoresModule() {}

    @Provides
    @Singleton
    static ProductListing productListing(DataSource dataSource) {
        return new ProductListing(dataSource);
    }

    @Provides
    @Singleton
    static CatalogSearch catalogSearch(DataSource dataSource) {
        return new CatalogSearch(dataSource);
    }
}
