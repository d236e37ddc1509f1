package uz.ultramarket.accounts.login;

import java.time.Clock;
import uz.ultramarket.accounts.account.PasswordHasher;
import uz.ultramarket.core.http.JsonFields;
import uz.ultramarket.accounts.session.SessionResponse;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** {@code POST /api/auth/login} {@code {"phone","password"}} or {@code {"phone","code"}}: 200 with a session. */
public final class LoginHandler extends HttpFunction {
    private final LoginService login;
    private final Clock clock;

    public LoginHandler() { this(DaggerLoginComponent.create()); }

    private LoginHandler(LoginComponent component) { this(component.loginService(), component.clock()); }

    public LoginHandler(LoginService login, Clock clock) {
        super(4 * 1024);
        this.login = login;
        this.clock = clock;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var body = JsonFields.of(request, "phone", "password", "code");
        var phone = body.phone("phone", true);
        boolean byPassword = body.has("password") && !body.isNull("password");
        boolean byCode = body.has("code") && !body.isNull("code");
        if (byPassword && byCode) {
            body.error("code", "send either a password or a code, not both");
        } else if (!byPassword && !byCode) {
            body.error("password", "send a password, or the code from the SMS as 'code'");
        }
        // any length is checked against the hash (a short one simply fails), up to the limit that bounds hashing work
        var password = byPassword ? body.secret("password", true, 1, PasswordHasher.MAX_LENGTH) : java.util.Optional.<String>empty();
        var code = byCode ? body.text("code", true, 1, 20) : java.util.Optional.<String>empty();
        body.validate();
        var session = password.isPresent()
                ? login.withPassword(phone.orElseThrow(), password.get())
                : login.withCode(phone.orElseThrow(), code.orElseThrow());
        return SessionResponse.of(200, session, request, clock);
    }
}
