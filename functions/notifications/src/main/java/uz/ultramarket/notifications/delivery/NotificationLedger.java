package uz.ultramarket.notifications.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import uz.ultramarket.core.notification.Notification;

/**
 * Which notifications were sent, in the shop's idempotency table: one item per channel and idempotency key
 * ({@code pk = notification#<channel>#<key>}), holding no personal data — a state, a hash of the content, the provider's
 * id. A notifier {@linkplain #claim claims} a key before sending (a lease, so two deliveries of one message cannot both
 * send), marks it {@linkplain #markSent sent} after, or {@linkplain #release releases} it when sending failed so the
 * next try may send. Items expire after {@link #RETENTION}, longer than SQS keeps any message.
 */
public final class NotificationLedger {

    /** The key prefix of this ledger's items in the shared idempotency table. */
    public static final String PREFIX = "notification#";
    /** Longer than SQS keeps a message (14 days at most, dead-letter queues included), so a redriven one is still known. */
    public static final Duration RETENTION = Duration.ofDays(15);

    private static final String SENDING = "sending";
    private static final String SENT = "sent";

    /** What a claim found. */
    public sealed interface Claim {
        /** The caller may send; it holds the key until {@code leaseUntil}. */
        record Granted(String key, String token) implements Claim {}
        /** Sent before; {@code providerId} says as what. */
        record AlreadySent(String providerId) implements Claim {}
        /** Another delivery holds the key right now. */
        record InFlight(Instant leaseUntil) implements Claim {}
        /** The key was used for different content: a producer's mistake, never sent. */
        record Conflict() implements Claim {}
    }

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String partitionKey;
    private final String ttlAttribute;
    private final Clock clock;
    private final Duration lease;

    /**
     * @param lease how long a claim keeps others from sending: at least the function's timeout, so a delivery that died
     *              mid-send holds the key no longer than the queue keeps its message invisible
     */
    public NotificationLedger(DynamoDbClient dynamoDb, String table, String partitionKey, String ttlAttribute, Clock clock, Duration lease) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.partitionKey = partitionKey;
        this.ttlAttribute = ttlAttribute;
        this.clock = clock;
        this.lease = lease;
    }

    public static String key(Notification notification) {
        return PREFIX + notification.channel().id() + "#" + notification.idempotencyKey();
    }

    /** Takes the notification's key if nobody has sent it and nobody is sending it now. */
    public Claim claim(Notification notification, String contentHash) {
        String key = key(notification);
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        try {
            dynamoDb.putItem(r -> r.tableName(table)
                    .item(Map.of(
                            partitionKey, s(key),
                            "state", s(SENDING),
                            "contentHash", s(contentHash),
                            "leaseToken", s(token),
                            "leaseUntil", n(now.plus(lease).toEpochMilli()),
                            ttlAttribute, n(now.plus(RETENTION).getEpochSecond())))
                    // a lease whose holder died (timeout, crash) may be taken over once it has run out
                    .conditionExpression("attribute_not_exists(#pk) OR (#state = :sending AND leaseUntil < :now AND contentHash = :hash)")
                    .expressionAttributeNames(Map.of("#pk", partitionKey, "#state", "state"))
                    .expressionAttributeValues(Map.of(":sending", s(SENDING), ":now", n(now.toEpochMilli()), ":hash", s(contentHash)))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return new Claim.Granted(key, token);
        } catch (ConditionalCheckFailedException taken) {
            var existing = taken.item() != null && !taken.item().isEmpty() ? taken.item()
                    : dynamoDb.getItem(r -> r.tableName(table).key(Map.of(partitionKey, s(key))).consistentRead(true)).item();
            if (existing == null || existing.isEmpty()) throw new IllegalStateException("the ledger item " + key + " vanished while claiming it; try again");
            if (!contentHash.equals(existing.get("contentHash").s())) return new Claim.Conflict();
            if (SENT.equals(existing.get("state").s())) {
                var providerId = existing.get("providerId");
                return new Claim.AlreadySent(providerId == null ? "" : providerId.s());
            }
            return new Claim.InFlight(Instant.ofEpochMilli(Long.parseLong(existing.get("leaseUntil").n())));
        }
    }

    /** Records that the claimed notification went out as {@code providerId}. */
    public void markSent(Claim.Granted claim, String providerId) {
        dynamoDb.updateItem(r -> r.tableName(table)
                .key(Map.of(partitionKey, s(claim.key())))
                .updateExpression("SET #state = :sent, providerId = :provider, sentAt = :at REMOVE leaseToken, leaseUntil")
                .conditionExpression("leaseToken = :token")
                .expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":sent", s(SENT), ":provider", s(providerId), ":at", s(clock.instant().toString()),
                        ":token", s(claim.token()))));
    }

    /** Gives the key back after a failed send, so the next try need not wait for the lease to run out. */
    public void release(Claim.Granted claim) {
        try {
            dynamoDb.deleteItem(r -> r.tableName(table)
                    .key(Map.of(partitionKey, s(claim.key())))
                    .conditionExpression("leaseToken = :token AND #state = :sending")
                    .expressionAttributeNames(Map.of("#state", "state"))
                    .expressionAttributeValues(Map.of(":token", s(claim.token()), ":sending", s(SENDING))));
        } catch (ConditionalCheckFailedException lostLease) {
            // someone took the key over after our lease ran out; it is theirs now
        }
    }

    private static AttributeValue s(String value) { return AttributeValue.fromS(value); }

    private static AttributeValue n(long value) { return AttributeValue.fromN(Long.toString(value)); }
}
