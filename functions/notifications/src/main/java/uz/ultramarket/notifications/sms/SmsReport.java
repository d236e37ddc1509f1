package uz.ultramarket.notifications.sms;

import java.util.Locale;
import java.util.Set;

/**
 * Where one SMS stands, from {@code GET /message/sms/status_by_id/{id}}: Eskiz's numeric id, the request id, the
 * number, its status and how many parts (each billed) it took.
 */
public record SmsReport(String id, String requestId, String to, String status, int partsCount) {

    /** How the spec says to read a status (§4): delivered, failed, or still on its way. */
    public enum Delivery { DELIVERED, FAILED, PENDING }

    private static final Set<String> DELIVERED = Set.of("DELIVRD", "DELIVERED");
    private static final Set<String> FAILED = Set.of("REJECTED", "UNDELIV", "UNDELIVERABLE", "EXPIRED", "DELETED");

    public Delivery delivery() {
        String normalized = status == null ? "" : status.toUpperCase(Locale.ROOT);
        if (DELIVERED.contains(normalized)) return Delivery.DELIVERED;
        if (FAILED.contains(normalized)) return Delivery.FAILED;
        return Delivery.PENDING;
    }
}
