package uz.ultramarket.accounts.profile;

import uz.ultramarket.accounts.account.PasswordHasher;
import uz.ultramarket.accounts.account.UserView;
import uz.ultramarket.core.http.JsonFields;
import uz.ultramarket.accounts.register.RegisterHandler;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/**
 * {@code GET /api/me}: the signed-in user. {@code PATCH /api/me} {@code {"name"?, "password"?, "currentPassword"?}}:
 * changes them. The phone number is the identity and is not changed here.
 */
public final class ProfileHandler extends HttpFunction {
    private final AccessTokenVerifier verifier;
    private final ProfileService profiles;

    public ProfileHandler() { this(DaggerProfileComponent.create()); }

    private ProfileHandler(ProfileComponent component) { this(component.verifier(), component.profileService()); }

    public ProfileHandler(AccessTokenVerifier verifier, ProfileService profiles) {
        super(4 * 1024);
        this.verifier = verifier;
        this.profiles = profiles;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var caller = verifier.authenticate(request);
        if (request.method().equals("GET")) {
            return HttpResponse.ok(UserView.of(profiles.get(caller)));
        }
        var body = JsonFields.of(request, "name", "password", "currentPassword", "phone");
        if (body.has("phone")) body.error("phone", "cannot be changed: it is the account's identity");
        var name = body.text("name", body.has("name"), 1, RegisterHandler.MAX_NAME);
        var password = body.secret("password", body.has("password"), PasswordHasher.MIN_LENGTH, PasswordHasher.MAX_LENGTH);
        var current = body.secret("currentPassword", false, 1, PasswordHasher.MAX_LENGTH);
        if (!body.hasErrors() && name.isEmpty() && password.isEmpty()) body.error("body", "send a name or a password to change");
        body.validate();
        return HttpResponse.ok(UserView.of(profiles.update(caller, name, password, current)));
    }
}
