package uz.ultramarket.catalog.browse.product;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.db.DatabaseModule;

@Singleton
@Component(modules = {CoreModule.class, AwsModule.class, DatabaseModule.class})
interface ProductDetailsComponent {
    ProductDetailsService productDetailsService();
}
