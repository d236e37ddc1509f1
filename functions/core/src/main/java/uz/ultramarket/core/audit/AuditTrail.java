package uz.ultramarket.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import uz.ultramarket.core.auth.Caller;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.core.json.Json;

/**
 * The admin console's audit log ({@value #TABLE_VARIABLE}): staff functions append entries, only the audit route reads
 * them, and nothing changes one — every put is conditioned on a new key and functions are granted {@code PutItem} alone.
 * Items: {@code pk = month#<yyyy-MM>} (UTC), {@code sk = <instant>#<id>}, so a month reads newest first in one query.
 */
public final class AuditTrail {

    public static final String TABLE_VARIABLE = "TABLE_AUDIT";

    /** One page of the log, newest first; {@code nextCursor} continues it. */
    public record Page(List<AuditEntry> items, Optional<String> nextCursor) {}

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Clock clock;

    public AuditTrail(DynamoDbClient dynamoDb, String table, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.clock = clock;
    }

    /** A new entry, now, by {@code caller}; {@code before}/{@code after} are any JSON-mappable values (null: absent). */
    public AuditEntry entry(Caller caller, String action, String target, Object before, Object after) {
        return new AuditEntry(Ids.newId(), clock.instant(), caller.userId(), caller.role().id(), action, target,
                Optional.ofNullable(before).map(AuditTrail::tree), Optional.ofNullable(after).map(AuditTrail::tree));
    }

    /** Appends an entry on its own (for a change written to another store first). */
    public AuditEntry record(Caller caller, String action, String target, Object before, Object after) {
        var entry = entry(caller, action, target, before, after);
        dynamoDb.putItem(PutItemRequest.builder().tableName(table).item(item(entry))
                .conditionExpression("attribute_not_exists(pk)").build());
        return entry;
    }

    /** The entry as one item of a DynamoDB transaction, so the change and its record are written together or not at all. */
    public TransactWriteItem append(AuditEntry entry) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(entry))
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    /** Thrown for a cursor this log did not give. */
    public static final class BadCursorException extends RuntimeException {
        BadCursorException() { super("not a cursor of the audit log", null, false, false); }
    }

    /** Entries between the UTC days {@code from} and {@code to} (inclusive), newest first, optionally one actor's. */
    public Page read(LocalDate from, LocalDate to, Optional<String> actorId, int limit, Optional<String> cursor) {
        String after = cursor.map(AuditTrail::position).orElse(null);
        String upper = after != null ? after : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        String lower = from.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        var found = new ArrayList<AuditEntry>();
        for (var month = YearMonth.from(Instant.parse(upper.split("#")[0]).atZone(ZoneOffset.UTC)); !month.isBefore(YearMonth.from(from))
                && found.size() <= limit; month = month.minusMonths(1)) {
            Map<String, AttributeValue> start = null;
            do {
                var values = new HashMap<String, AttributeValue>(Map.of(":pk", s("month#" + month), ":lower", s(lower), ":upper", s(upper)));
                var query = QueryRequest.builder().tableName(table).scanIndexForward(false)
                        .keyConditionExpression("pk = :pk AND sk BETWEEN :lower AND :upper")
                        .exclusiveStartKey(start).limit(limit + 1);
                actorId.ifPresent(id -> values.put(":actor", s(id)));
                if (actorId.isPresent()) query.filterExpression("actorId = :actor");
                var page = dynamoDb.query(query.expressionAttributeValues(values).build());
                page.items().stream().filter(i -> !i.get("sk").s().equals(after)).map(AuditTrail::entryOf).forEach(found::add);
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null && found.size() <= limit);
        }
        if (found.size() <= limit) return new Page(found, Optional.empty());
        var items = List.copyOf(found.subList(0, limit));
        var last = items.get(limit - 1);
        String next = last.at() + "#" + last.id();
        return new Page(items, Optional.of(Base64.getUrlEncoder().withoutPadding().encodeToString(next.getBytes(StandardCharsets.UTF_8))));
    }

    // a cursor is "<instant>#<id>" of the last entry given, base64url
    private static String position(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            Instant.parse(text.substring(0, text.indexOf('#')));
            return text;
        } catch (IllegalArgumentException | java.time.DateTimeException | StringIndexOutOfBoundsException e) {
            throw new BadCursorException();
        }
    }

    private static Map<String, AttributeValue> item(AuditEntry entry) {
        var item = new HashMap<String, AttributeValue>();
        item.put("pk", s("month#" + YearMonth.from(entry.at().atZone(ZoneOffset.UTC))));
        item.put("sk", s(entry.at() + "#" + entry.id()));
        item.put("id", s(entry.id()));
        item.put("at", s(entry.at().toString()));
        item.put("actorId", s(entry.actorId()));
        item.put("actorRole", s(entry.actorRole()));
        item.put("action", s(entry.action()));
        item.put("target", s(entry.target()));
        entry.before().ifPresent(b -> item.put("before", s(b.toString())));
        entry.after().ifPresent(a -> item.put("after", s(a.toString())));
        return item;
    }

    private static AuditEntry entryOf(Map<String, AttributeValue> item) {
        return new AuditEntry(item.get("id").s(), Instant.parse(item.get("at").s()), item.get("actorId").s(),
                item.get("actorRole").s(), item.get("action").s(), item.get("target").s(),
                Optional.ofNullable(item.get("before")).map(v -> Json.read(v.s(), JsonNode.class)),
                Optional.ofNullable(item.get("after")).map(v -> Json.read(v.s(), JsonNode.class)));
    }

    private static JsonNode tree(Object value) {
        return value instanceof JsonNode node ? node : Json.mapper().valueToTree(value);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }
}
