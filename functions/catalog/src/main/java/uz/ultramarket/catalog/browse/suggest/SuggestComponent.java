package uz.ultramarket.catalog.browse.suggest;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.catalog.api.CatalogStoresModule;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.db.DatabaseModule;

@Singleton
@Component(modules = {CoreModule.class, AwsModule.class, DatabaseModule.class, CatalogStoresModule.class})
interface SuggestComponent {
    SuggestService suggestService();
}
