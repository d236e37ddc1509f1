package uz.ultramarket.core.auth;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.config.Config;

/**
 * For a function that verifies access tokens and signs none. Gives a component the access-token keys (read only) and an {@link AccessTokenVerifier}: the signing-keys secret is named by
 * {@value SigningKeyStore#SECRET_VARIABLE}; keys are reused for {@code SIGNING_KEYS_MAX_AGE} (default 5 minutes).
 */
@Module(includes = AwsModule.class)
public final class AuthModule {

    private AuthModule() {}

    @Provides
    @Singleton
    static SigningKeyStore signingKeyStore(SecretsManagerClient secrets, Config config, Clock clock) {
        return SigningKeyStore.configured(secrets, config, clock, false);
    }

    @Provides
    @Singleton
    static SigningKeys signingKeys(SigningKeyStore store) {
        return store;
    }

    @Provides
    @Singleton
    static AccessTokenVerifier accessTokenVerifier(SigningKeys keys, Clock clock) {
        return new AccessTokenVerifier(keys, clock);
    }
}
