package uz.ultramarket.catalog.browse.categories;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.db.DatabaseModule;

@Singleton
@Component(modules = {CoreModule.class, AwsModule.class, DatabaseModule.class})
interface CategoriesComponent {
    CategoriesService categoriesService();
}
