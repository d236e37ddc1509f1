package uz.ultramarket.accounts.otp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.ultramarket.accounts.store.Throttle;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.core.notification.Notification;
import uz.ultramarket.core.notification.NotificationPublisher;
import uz.ultramarket.core.notification.NotificationTemplate;
import uz.ultramarket.core.phone.Phone;

/**
 * Sends sign-up and login codes by SMS, through the notifications topic. The answer never depends on whether the phone
 * has an account — it is not even looked up — so nobody learns which numbers are customers. A code lives
 * {@link #CODE_LIFETIME}; the next one can be asked for after {@link #RESEND_AFTER}; per phone and per IP address only
 * so many codes an hour are sent.
 */
public final class OtpSender {

    public static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    public static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    public static final Throttle.Limit PER_PHONE = new Throttle.Limit("otp-phone", 5, Duration.ofHours(1),
            "Too many codes were sent to this phone number.");
    public static final Throttle.Limit PER_IP = new Throttle.Limit("otp-ip", 20, Duration.ofHours(1),
            "Too many codes were asked for from your network.");
    private static final Logger LOG = LoggerFactory.getLogger(OtpSender.class);

    /** What the caller is told: the same for every phone. */
    public record OtpSent(String sentTo, long expiresIn, long resendIn) {}

    private final OtpChallenges challenges;
    private final OtpCodes codes;
    private final Throttle throttle;
    private final NotificationPublisher publisher;
    private final Clock clock;

    public OtpSender(OtpChallenges challenges, OtpCodes codes, Throttle throttle, NotificationPublisher publisher, Clock clock) {
        this.challenges = challenges;
        this.codes = codes;
        this.throttle = throttle;
        this.publisher = publisher;
        this.clock = clock;
    }

    public OtpSent send(Phone phone, OtpPurpose purpose, String language, String sourceIp) {
        Instant now = clock.instant();
        challenges.find(phone).filter(c -> now.isBefore(c.resendAt()) && now.isBefore(c.expiresAt())).ifPresent(c -> {
            throw waitToResend(Duration.between(now, c.resendAt()));
        });
        throttle.hit(PER_IP, sourceIp == null ? "unknown" : sourceIp);
        throttle.hit(PER_PHONE, phone.value());

        String code = codes.newCode();
        String id = Ids.newId();
        var challenge = new OtpChallenge(id, phone, purpose, codes.hash(id, phone.value(), purpose, code), 0,
                now, now.plus(CODE_LIFETIME), now.plus(RESEND_AFTER));
        if (!challenges.start(challenge, now)) {
            throw waitToResend(RESEND_AFTER); // a concurrent request sent one a moment ago
        }
        try {
            publisher.publish(Notification.sms("otp:" + id, phone.value(), NotificationTemplate.OTP_CODE, language, Map.of("code", code))
                    .expiringAt(challenge.expiresAt()));
        } catch (RuntimeException e) {
            challenges.remove(challenge); // nothing was sent: let them ask again at once
            LOG.error("Could not publish the OTP notification for {}", phone.masked(), e);
            throw ApiException.unavailable("The code could not be sent just now; please try again in a moment.");
        }
        LOG.info("Sent a {} code to {}", purpose.id(), phone.masked());
        return new OtpSent(phone.masked(), CODE_LIFETIME.toSeconds(), RESEND_AFTER.toSeconds());
    }

    private static ApiException waitToResend(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return ApiException.tooManyRequests("A code was sent a moment ago; you can ask for another in " + seconds + " s.", wait);
    }
}
