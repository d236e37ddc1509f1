package uz.ultramarket.ops.notfound;

import dagger.Component;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.RouteTable;

@Singleton
@Component(modules = NotFoundComponent.RoutesModule.class)
interface NotFoundComponent {
    RouteTable routes();

    @Module
    final class RoutesModule {
        private RoutesModule() {}

        @Provides
        @Singleton
        static RouteTable routes() {
            return RouteTable.of(Registry.functions());
        }
    }
}
