package uz.ultramarket.accounts.otp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.phone.Phone;

/**
 * Checks a code and uses it up. A wrong, expired or missing code is a 400 naming {@code code} — the same for every
 * phone; the {@value #MAX_ATTEMPTS}th wrong try ends the challenge (429: ask for a new code), so guessing gets at most
 * {@value #MAX_ATTEMPTS} tries per code sent.
 */
public final class OtpVerifier {

    public static final int MAX_ATTEMPTS = 5;
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private final OtpChallenges challenges;
    private final OtpCodes codes;
    private final Clock clock;

    public OtpVerifier(OtpChallenges challenges, OtpCodes codes, Clock clock) {
        this.challenges = challenges;
        this.codes = codes;
        this.clock = clock;
    }

    /** Whether {@code code} looks like a code at all (6 digits); check it before anything else. */
    public static boolean wellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public void verify(Phone phone, OtpPurpose purpose, String code) {
        if (!wellFormed(code)) {
            throw ApiException.validation(List.of(new FieldError("code", "must be the 6 digits from the SMS")));
        }
        Instant now = clock.instant();
        var challenge = challenges.find(phone).filter(c -> now.isBefore(c.expiresAt()) && c.purpose() == purpose).orElse(null);
        if (challenge == null) throw wrongCode();
        if (challenge.attempts() >= MAX_ATTEMPTS || !challenges.countAttempt(challenge, MAX_ATTEMPTS)) throw lockedOut();
        if (!OtpCodes.same(codes.hash(challenge.id(), phone.value(), purpose, code), challenge.codeHash())) {
            if (challenge.attempts() + 1 >= MAX_ATTEMPTS) throw lockedOut();
            throw wrongCode();
        }
        if (!challenges.remove(challenge)) throw wrongCode(); // a concurrent request used it first
    }

    private static ApiException wrongCode() {
        return ApiException.validation(List.of(new FieldError("code", "is wrong or has expired; check the SMS or ask for a new code")));
    }

    private static ApiException lockedOut() {
        return ApiException.tooManyRequests("Too many wrong codes: this code no longer works. Ask for a new code.", Duration.ZERO);
    }
}
