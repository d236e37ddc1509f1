package uz.ultramarket.notifications.delivery;

/** Another delivery of the same notification holds its key: this one is tried again later, and then finds it sent. */
public final class NotificationInFlightException extends RuntimeException {
    public NotificationInFlightException(String message) { super(message); }
}
