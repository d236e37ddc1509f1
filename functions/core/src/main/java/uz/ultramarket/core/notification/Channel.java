package uz.ultramarket.core.notification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a notification reaches the customer; also the {@code channel} message attribute the queues filter on. */
public enum Channel {
    SMS("sms"),
    EMAIL("email");

    private final String id;

    Channel(String id) { this.id = id; }

    @JsonValue
    public String id() { return id; }

    @JsonCreator
    public static Channel of(String id) {
        for (var channel : values()) {
            if (channel.id.equals(id)) return channel;
        }
        throw new IllegalArgumentException("unknown channel '" + id + "': use sms or email");
    }
}
