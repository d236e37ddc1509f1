package uz.ultramarket.accounts.register;

import java.time.Clock;
import uz.ultramarket.accounts.account.PasswordHasher;
import uz.ultramarket.core.http.JsonFields;
import uz.ultramarket.accounts.session.SessionResponse;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** {@code POST /api/auth/register} {@code {"phone","code","name","password"?}}: 201 with a session. */
public final class RegisterHandler extends HttpFunction {
    public static final int MAX_NAME = 100;

    private final RegisterService registration;
    private final Clock clock;

    public RegisterHandler() { this(DaggerRegisterComponent.create()); }

    private RegisterHandler(RegisterComponent component) { this(component.registerService(), component.clock()); }

    public RegisterHandler(RegisterService registration, Clock clock) {
        super(4 * 1024);
        this.registration = registration;
        this.clock = clock;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var body = JsonFields.of(request, "phone", "code", "name", "password");
        var phone = body.phone("phone", true);
        var code = body.text("code", true, 1, 20);
        var name = body.text("name", true, 1, MAX_NAME);
        var password = body.secret("password", false, PasswordHasher.MIN_LENGTH, PasswordHasher.MAX_LENGTH);
        body.validate();
        var session = registration.register(phone.orElseThrow(), code.orElseThrow(), name.orElseThrow(), password);
        return SessionResponse.of(201, session, request, clock);
    }
}
