package uz.ultramarket.accounts.session;

import java.time.Clock;
import java.time.Instant;
import uz.ultramarket.accounts.account.UserView;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/**
 * The answer of register, login and refresh: the access token and the user in the body, the refresh token in the
 * cookie.
 *
 * <pre>{@code {"accessToken":"eyJ…","tokenType":"Bearer","expiresIn":900,"expiresAt":"…","user":{…}}}</pre>
 */
public record SessionResponse(String accessToken, String tokenType, long expiresIn, Instant expiresAt, UserView user) {

    public static HttpResponse of(int status, Session session, HttpRequest request, Clock clock) {
        Instant now = clock.instant();
        var body = new SessionResponse(session.access().token(), "Bearer", AccessTokenIssuer.LIFETIME.toSeconds(),
                session.access().expiresAt(), UserView.of(session.user()));
        return HttpResponse.json(status, body)
                .withCookie(SessionCookie.set(request, session.refresh().token(), session.refresh().expiresAt(), now));
    }
}
