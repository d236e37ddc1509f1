package uz.ultramarket.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.json.Json;

/** What every function's component needs: configuration, the clock, the JSON mapper. */
@Module
public final class CoreModule {

    private CoreModule() {}

    @Provides
    @Singleton
    static Config config() {
        return Config.fromEnvironment();
    }

    @Provides
    @Singleton
    static Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    static ObjectMapper objectMapper() {
        return Json.mapper();
    }
}
