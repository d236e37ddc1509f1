package uz.ultramarket.accounts.session;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.ultramarket.accounts.account.User;
import uz.ultramarket.accounts.account.UserStore;
import uz.ultramarket.core.http.ApiException;

/** Starts sessions (after register or login) and renews them from a refresh token, taking the user's current role. */
public final class SessionService {

    private static final Logger LOG = LoggerFactory.getLogger(SessionService.class);

    private final UserStore users;
    private final RefreshTokens refreshTokens;
    private final AccessTokenIssuer accessTokens;
    private final Clock clock;

    public SessionService(UserStore users, RefreshTokens refreshTokens, AccessTokenIssuer accessTokens, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.clock = clock;
    }

    public Session start(User user) {
        return new Session(user, accessTokens.issue(user), refreshTokens.start(user.id(), clock.instant()));
    }

    /** A new access token and the next refresh token; 401 for an unknown, expired, revoked or reused one. */
    public Session refresh(String refreshToken) {
        var rotation = refreshTokens.rotate(refreshToken, clock.instant());
        return switch (rotation) {
            case RefreshTokens.Rotation.Rotated rotated -> {
                var user = users.find(rotated.userId()).orElseThrow(SessionService::signInAgain);
                yield new Session(user, accessTokens.issue(user), rotated.next());
            }
            case RefreshTokens.Rotation.Reused reused -> {
                LOG.warn("A spent refresh token was presented again: revoked session family {} of user {}", reused.familyId(), reused.userId());
                throw signInAgain();
            }
            case RefreshTokens.Rotation.Invalid invalid -> throw signInAgain();
        };
    }

    private static ApiException signInAgain() {
        return ApiException.unauthorized("The session has ended; sign in again.");
    }
}
