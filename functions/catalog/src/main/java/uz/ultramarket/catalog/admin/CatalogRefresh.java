package uz.ultramarket.catalog.admin;

import javax.inject.Inject;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.ultramarket.core.db.Transactions;

/**
 * Brings the storefront's facet counts and search words ({@code refresh_catalog_facets()}, V3/V4) up to date after staff
 * change products or categories. It runs after the change has committed: the change stands even if this fails, and the
 * next save or load brings the counts up to date.
 */
public final class CatalogRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogRefresh.class);
    // any fixed number: refresh_catalog_facets() empties and refills its tables, so two at once would insert the same keys
    private static final long ONE_AT_A_TIME = 0x5f_ac_e7_5L;

    private final DataSource dataSource;

    @Inject
    public CatalogRefresh(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void facets() {
        try {
            Transactions.run(dataSource, "Refreshing the catalog's facet counts", c -> {
                try (var lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)");
                     var refresh = c.prepareStatement("SELECT refresh_catalog_facets()")) {
                    lock.setLong(1, ONE_AT_A_TIME);
                    lock.execute();
                    refresh.execute();
                }
                return null;
            });
        } catch (IllegalStateException e) {
            LOG.warn("The catalog's facet counts were not refreshed; the next save will: {}", e.getMessage());
        }
    }
}
