package uz.ultramarket.ops.apidocs;

import dagger.Component;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;

@Singleton
@Component(modules = ApiDocsComponent.DocumentModule.class)
interface ApiDocsComponent {
    ApiDocument document();

    @Module
    final class DocumentModule {
        private DocumentModule() {}

        @Provides
        @Singleton
        static ApiDocument document() { return ApiDocument.load(); }
    }
}
