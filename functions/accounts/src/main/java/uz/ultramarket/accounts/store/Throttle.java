package uz.ultramarket.accounts.store;

import static uz.ultramarket.accounts.store.AccountsTable.epoch;
import static uz.ultramarket.accounts.store.AccountsTable.key;
import static uz.ultramarket.accounts.store.AccountsTable.n;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import uz.ultramarket.core.http.ApiException;

/**
 * Fixed-window counters in the accounts table ({@code throttle#<limit>#<key>#<window start>}), one conditional
 * {@code ADD} per hit, gone by TTL after their window: the same count however many containers serve the requests.
 */
public final class Throttle {

    /** At most {@code max} hits per {@code window}; {@code what} says in the 429 what was limited. */
    public record Limit(String name, int max, Duration window, String what) {}

    private final AccountsTable table;
    private final Clock clock;

    public Throttle(AccountsTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /** Counts one hit for {@code key}; 429 with {@code Retry-After} once the window's limit is reached. */
    public void hit(Limit limit, String key) {
        Instant now = clock.instant();
        long windowSeconds = limit.window().toSeconds();
        long start = now.getEpochSecond() / windowSeconds * windowSeconds;
        Instant end = Instant.ofEpochSecond(start + windowSeconds);
        try {
            table.db().updateItem(r -> r.tableName(table.name())
                    .key(key("throttle#" + limit.name() + "#" + key + "#" + start, "count"))
                    .updateExpression("ADD hits :one SET #exp = :exp")
                    .conditionExpression("attribute_not_exists(hits) OR hits < :max")
                    .expressionAttributeNames(Map.of("#exp", AccountsTable.EXPIRES_AT))
                    .expressionAttributeValues(Map.of(":one", n(1), ":max", n(limit.max()), ":exp", epoch(end.plus(Duration.ofMinutes(5))))));
        } catch (ConditionalCheckFailedException e) {
            throw ApiException.tooManyRequests(limit.what() + " Try again in " + humane(Duration.between(now, end)) + ".",
                    Duration.between(now, end));
        }
    }

    static String humane(Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        if (seconds < 90) return seconds + " s";
        return ((seconds + 59) / 60) + " min";
    }
}
