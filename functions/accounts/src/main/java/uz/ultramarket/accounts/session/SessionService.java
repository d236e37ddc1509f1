package uz.ultramarket.accounts.session;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.ultramarket.accounts.account.User;
import uz.ultramarket.accounts.account.UserStore;
import uz.ultramarket.core.http.ApiException;

/**
 * Starts sessions (after register or login) and renews them from a refresh token, taking the user's current role. A
 * blocked account gets neither: 403, and a refresh of one ends that session for good.
 */
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

    /** A new session for {@code user}, whose password or code was checked; 403 when an admin has blocked the account. */
    public Session start(User user) {
        if (user.blocked()) throw blocked();
        return new Session(user, accessTokens.issue(user), refreshTokens.start(user.id(), clock.instant()));
    }

    /** A new access token and the next refresh token; 401 for an unknown, expired, revoked or reused one; 403 for a blocked account. */
    public Session refresh(String refreshToken) {
        var rotation = refreshTokens.rotate(refreshToken, clock.instant());
        return switch (rotation) {
            case RefreshTokens.Rotation.Rotated rotated -> {
                var user = users.find(rotated.userId()).orElseThrow(SessionService::signInAgain);
                if (user.blocked()) {
                    // the session's tokens stay dead after an unblock too: the customer signs in afresh
                    refreshTokens.revoke(rotated.next().familyId());
                    throw blocked();
                }
                yield new Session(user, accessTokens.issue(user), rotated.next());
            }
            case RefreshTokens.Rotation.Reused reused -> {
                LOG.warn("A spent refresh token was presented again: revoked session family {} of user {}", reused.familyId(), reused.userId());
                throw signInAgain();
            }
            case RefreshTokens.Rotation.Invalid invalid -> throw signInAgain();
        };
    }

    private static ApiException blocked() {
        return ApiException.forbidden("This account is blocked; please contact the shop's support.");
    }

    private static ApiException signInAgain() {
        return ApiException.unauthorized("The session has ended; sign in again.");
    }
}
