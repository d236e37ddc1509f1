package uz.ultramarket.catalog.admin.products;

import dagger.Component;
import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.audit.AuditModule;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.AuthModule;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.db.DatabaseModule;
import uz.ultramarket.registry.Registry;

@Singleton
@Component(modules = {CoreModule.class, AwsModule.class, DatabaseModule.class, AuthModule.class, AuditModule.class,
        AdminProductsComponent.ImagesModule.class})
interface AdminProductsComponent {
    AccessTokenVerifier accessTokenVerifier();

    AdminProductsService adminProductsService();

    /** The images bucket's physical name comes from the registry's variable (BUCKET_IMAGES). */
    @Module
    final class ImagesModule {
        private ImagesModule() {}

        @Provides
        @Singleton
        static ImageUploads imageUploads(S3Presigner presigner, Config config, Clock clock) {
            return new ImageUploads(presigner, config.require(Registry.IMAGES.envName()), clock);
        }
    }
}
