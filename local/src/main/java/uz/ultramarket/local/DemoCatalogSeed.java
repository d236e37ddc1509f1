package uz.ultramarket.local;

import org.postgresql.ds.PGSimpleDataSource;
import uz.ultramarket.catalog.demo.DemoCatalog;
import uz.ultramarket.catalog.load.CatalogLoader;

/** Fills an empty local catalog with the deterministic demo catalog, so the shop has something to sell on first start. */
final class DemoCatalogSeed {
    private DemoCatalogSeed() {}

    static void load(Endpoints endpoints, int products) {
        long start = System.nanoTime();
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(endpoints.jdbcUrl());
        dataSource.setUser(endpoints.databaseUser());
        dataSource.setPassword(endpoints.databasePassword());
        var result = new CatalogLoader(dataSource).load(DemoCatalog.generate(DemoCatalog.SEED, products));
        if (result.loaded()) {
            Progress.done("demo catalog loaded: %,d categories, %,d brands, %,d products, %,d SKUs"
                    .formatted(result.categories(), result.brands(), result.products(), result.skus()), start);
        } else {
            Progress.say("demo catalog: the catalog already has data, left as it is");
        }
    }
}
