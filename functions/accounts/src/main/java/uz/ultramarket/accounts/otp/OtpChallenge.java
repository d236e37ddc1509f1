package uz.ultramarket.accounts.otp;

import java.time.Instant;
import uz.ultramarket.core.phone.Phone;

/**
 * One code sent to one phone: only its HMAC is kept ({@code codeHash}), with how often it was tried, until when it is
 * valid and from when another may be sent. A phone has at most one challenge; a new code replaces the old one.
 */
public record OtpChallenge(String id, Phone phone, OtpPurpose purpose, String codeHash, int attempts,
                           Instant createdAt, Instant expiresAt, Instant resendAt) {}
