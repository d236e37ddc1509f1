package uz.ultramarket.payments.payme;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.registry.Registry;

/** The Payme kassa, read from (and rotated in) the {@code payme-merchant-key} secret. */
@Module
public final class PaymeModule {

    private PaymeModule() {}

    @Provides
    @Singleton
    static PaymeKassa kassa(SecretsManagerClient secrets, Config config, Clock clock) {
        String arn = config.require(Registry.PAYME_MERCHANT_KEY.envName());
        // read on the first call, not at start: no network call before a SnapStart snapshot
        return new PaymeKassa(() -> secrets.getSecretValue(r -> r.secretId(arn)).secretString(),
                value -> secrets.putSecretValue(r -> r.secretId(arn).secretString(value)), clock);
    }
}
