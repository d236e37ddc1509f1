package uz.ultramarket.notifications.sms;

/**
 * Eskiz refused or could not be reached: {@code status} is the HTTP status (0 when no answer came) and {@code reason}
 * the {@code message} of its JSON reply (the spec's error shape: a non-2xx status with at least a {@code message}).
 */
public final class EskizException extends RuntimeException {
    private final int status;
    private final String reason;

    public EskizException(int status, String reason, String context) {
        super(context + ": " + (status == 0 ? "no answer" : "HTTP " + status) + (reason == null || reason.isEmpty() ? "" : " " + reason));
        this.status = status;
        this.reason = reason;
    }

    public EskizException(String context, Throwable cause) {
        super(context + ": " + cause, cause);
        this.status = 0;
        this.reason = String.valueOf(cause.getMessage());
    }

    public int status() { return status; }

    public String reason() { return reason; }

    /** 401: the token is missing, expired or revoked (or, at login, the credentials are wrong). */
    public boolean unauthorized() { return status == 401; }

    /** Worth trying again as it is: no answer, 429, or a 5xx. */
    public boolean transientFailure() { return status == 0 || status == 429 || status >= 500; }
}
