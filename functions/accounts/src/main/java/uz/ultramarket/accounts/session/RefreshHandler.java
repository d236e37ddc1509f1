package uz.ultramarket.accounts.session;

import java.time.Clock;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** {@code POST /api/auth/refresh}: the {@code um_refresh} cookie buys a new access token and the next refresh token. */
public final class RefreshHandler extends HttpFunction {
    private final SessionService sessions;
    private final Clock clock;

    public RefreshHandler() { this(DaggerRefreshComponent.create()); }

    private RefreshHandler(RefreshComponent component) { this(component.sessionService(), component.clock()); }

    public RefreshHandler(SessionService sessions, Clock clock) {
        super(1024);
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        String token = SessionCookie.from(request)
                .orElseThrow(() -> ApiException.unauthorized("No session: the " + SessionCookie.NAME + " cookie is missing; sign in."));
        try {
            return SessionResponse.of(200, sessions.refresh(token), request, clock);
        } catch (ApiException e) {
            // a dead refresh token is of no use to the browser: drop it
            return HttpResponse.problem(e).withCookie(SessionCookie.clear(request));
        }
    }
}
