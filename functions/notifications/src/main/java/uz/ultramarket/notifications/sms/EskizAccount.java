package uz.ultramarket.notifications.sms;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonProcessingException;
import uz.ultramarket.core.json.Json;

/**
 * How UltraMarket signs in to Eskiz and what it sends as: the operator secret {@code ultramarket/<stage>/eskiz}, JSON:
 * {@code {"email":"…","password":"…"}} with optional {@code "from"} (an approved nickname; default {@value #DEFAULT_SENDER},
 * Eskiz's short number), {@code "callbackUrl"} (where Eskiz reports delivery) and {@code "baseUrl"} (default
 * {@value #DEFAULT_BASE_URL}; the local stack points it at its sandbox).
 */
public record EskizAccount(String email, String password, String from, Optional<URI> callbackUrl, URI baseUrl) {

    public static final String DEFAULT_BASE_URL = "https://notify.eskiz.uz/api";
    public static final String DEFAULT_SENDER = "4546";

    public EskizAccount {
        if (email == null || email.isBlank() || password == null || password.isBlank()) {
            throw new IllegalStateException("the Eskiz secret needs \"email\" and \"password\"");
        }
        from = from == null || from.isBlank() ? DEFAULT_SENDER : from;
        callbackUrl = callbackUrl == null ? Optional.empty() : callbackUrl;
        baseUrl = baseUrl == null ? URI.create(DEFAULT_BASE_URL) : baseUrl;
        String base = baseUrl.toString();
        if (base.endsWith("/")) baseUrl = URI.create(base.substring(0, base.length() - 1));
    }

    /** Reads the secret's JSON; says which field is missing or wrong, never the values. */
    public static EskizAccount fromSecret(String json) {
        JsonNode secret;
        try {
            secret = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the Eskiz secret is not JSON: " + e.getOriginalMessage());
        }
        if (secret == null || !secret.isObject()) throw new IllegalStateException("the Eskiz secret must be a JSON object");
        return new EskizAccount(text(secret, "email"), text(secret, "password"), text(secret, "from"),
                Optional.ofNullable(text(secret, "callbackUrl")).map(URI::create),
                Optional.ofNullable(text(secret, "baseUrl")).map(URI::create).orElse(null));
    }

    private static String text(JsonNode secret, String field) {
        var value = secret.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    @Override
    public String toString() {
        return "EskizAccount[email=" + email + ", from=" + from + ", baseUrl=" + baseUrl + "]";
    }
}
