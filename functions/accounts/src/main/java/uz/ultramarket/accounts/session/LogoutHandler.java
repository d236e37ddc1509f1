package uz.ultramarket.accounts.session;

import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/**
 * {@code POST /api/auth/logout}: revokes the session of the {@code um_refresh} cookie (its whole token family) and
 * clears the cookie. 204 whether or not there was a session: signing out twice is not an error.
 */
public final class LogoutHandler extends HttpFunction {
    private final RefreshTokens refreshTokens;

    public LogoutHandler() { this(DaggerLogoutComponent.create().refreshTokens()); }

    public LogoutHandler(RefreshTokens refreshTokens) {
        super(1024);
        this.refreshTokens = refreshTokens;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        SessionCookie.from(request).ifPresent(refreshTokens::end);
        return HttpResponse.noContent().withCookie(SessionCookie.clear(request));
    }
}
