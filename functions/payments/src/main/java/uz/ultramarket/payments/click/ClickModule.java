package uz.ultramarket.payments.click;

import dagger.Module;
import dagger.Provides;
import java.util.function.Supplier;
import javax.inject.Singleton;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.registry.Registry;

/** The shop's Click service, read from the {@code click-secret-key} secret once, on the first request. */
@Module
public final class ClickModule {

    private ClickModule() {}

    @Provides
    @Singleton
    static Supplier<ClickService> service(SecretsManagerClient secrets, Config config) {
        String arn = config.require(Registry.CLICK_SECRET_KEY.envName());
        // read on the first call, not at start: no network call before a SnapStart snapshot
        var read = new java.util.concurrent.atomic.AtomicReference<ClickService>();
        return () -> {
            var service = read.get();
            if (service == null) {
                service = ClickService.fromSecret(secrets.getSecretValue(r -> r.secretId(arn)).secretString());
                read.set(service);
            }
            return service;
        };
    }
}
