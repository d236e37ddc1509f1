package uz.ultramarket.accounts;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import uz.ultramarket.accounts.account.UserStore;
import uz.ultramarket.accounts.otp.OtpChallenges;
import uz.ultramarket.accounts.otp.OtpCodes;
import uz.ultramarket.accounts.otp.OtpSender;
import uz.ultramarket.accounts.otp.OtpVerifier;
import uz.ultramarket.accounts.session.AccessTokenIssuer;
import uz.ultramarket.accounts.session.RefreshTokens;
import uz.ultramarket.accounts.session.SessionService;
import uz.ultramarket.accounts.store.Throttle;
import uz.ultramarket.core.auth.SigningKeyStore;
import uz.ultramarket.core.auth.SigningKeys;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.notification.NotificationPublisher;

/**
 * For the functions that keep the signing-keys secret ({@code Access.keepSecret}): they sign access tokens, hash OTP
 * codes with its HMAC key, and make the first key when the secret has none.
 */
@Module(includes = AccountsModule.class)
public final class SigningModule {

    private SigningModule() {}

    @Provides
    @Singleton
    static SigningKeyStore signingKeyStore(SecretsManagerClient secrets, Config config, Clock clock) {
        return SigningKeyStore.configured(secrets, config, clock, true);
    }

    @Provides
    @Singleton
    static SigningKeys signingKeys(SigningKeyStore store) {
        return store;
    }

    @Provides
    @Singleton
    static OtpCodes otpCodes(SigningKeys keys) {
        return new OtpCodes(keys);
    }

    @Provides
    @Singleton
    static OtpVerifier otpVerifier(OtpChallenges challenges, OtpCodes codes, Clock clock) {
        return new OtpVerifier(challenges, codes, clock);
    }

    @Provides
    @Singleton
    static OtpSender otpSender(OtpChallenges challenges, OtpCodes codes, Throttle throttle, NotificationPublisher publisher, Clock clock) {
        return new OtpSender(challenges, codes, throttle, publisher, clock);
    }

    @Provides
    @Singleton
    static AccessTokenIssuer accessTokenIssuer(SigningKeys keys, Clock clock) {
        return new AccessTokenIssuer(keys, clock);
    }

    @Provides
    @Singleton
    static SessionService sessionService(UserStore users, RefreshTokens refreshTokens, AccessTokenIssuer issuer, Clock clock) {
        return new SessionService(users, refreshTokens, issuer, clock);
    }
}
