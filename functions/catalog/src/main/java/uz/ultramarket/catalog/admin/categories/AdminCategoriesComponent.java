package uz.ultramarket.catalog.admin.categories;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.audit.AuditModule;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.AuthModule;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.db.DatabaseModule;

@Singleton
@Component(modules = {CoreModule.class, AwsModule.class, DatabaseModule.class, AuthModule.class, AuditModule.class})
interface AdminCategoriesComponent {
    AccessTokenVerifier accessTokenVerifier();

    AdminCategoriesService adminCategoriesService();
}
