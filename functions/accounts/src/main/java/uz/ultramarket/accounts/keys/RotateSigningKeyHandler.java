package uz.ultramarket.accounts.keys;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import uz.ultramarket.core.auth.SigningKeyStore;

/**
 * Every 30 days (EventBridge; locally "run now" on /_local/): a new current signing key. The previous key stays in the
 * secret and keeps verifying the tokens it signed (15 minutes at most), so nobody is signed out; containers pick the
 * new key up within {@code SIGNING_KEYS_MAX_AGE}, verifiers at once when they meet its {@code kid}.
 */
public final class RotateSigningKeyHandler implements RequestHandler<ScheduledEvent, String> {
    private final SigningKeyStore keys;

    public RotateSigningKeyHandler() { this(DaggerRotateSigningKeyComponent.create().signingKeyStore()); }

    public RotateSigningKeyHandler(SigningKeyStore keys) { this.keys = keys; }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        return "signing key is now " + keys.rotate().current().kid();
    }
}
