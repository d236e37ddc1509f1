package uz.ultramarket.accounts.session;

import static uz.ultramarket.accounts.store.AccountsTable.bool;
import static uz.ultramarket.accounts.store.AccountsTable.epoch;
import static uz.ultramarket.accounts.store.AccountsTable.failedAt;
import static uz.ultramarket.accounts.store.AccountsTable.key;
import static uz.ultramarket.accounts.store.AccountsTable.number;
import static uz.ultramarket.accounts.store.AccountsTable.s;
import static uz.ultramarket.accounts.store.AccountsTable.text;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import uz.ultramarket.accounts.store.AccountsTable;
import uz.ultramarket.core.id.Digests;
import uz.ultramarket.core.id.Ids;

/**
 * Rotating refresh tokens. A token is 256 random bits; only its SHA-256 is stored ({@code refresh#<hash>}), with its
 * family — the chain of tokens of one sign-in ({@code family#<id>}). Using a token spends it and issues the next in one
 * transaction, on condition that it was unspent and its family not revoked: of two concurrent uses one wins, and a
 * spent token presented again — a stolen copy, or the original after the thief used it — revokes the whole family.
 */
public final class RefreshTokens {

    public static final Duration LIFETIME = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String TOKEN_SK = "token";
    private static final String FAMILY_SK = "family";

    /** A token as issued: its value goes to the cookie, never to storage. */
    public record Issued(String token, String familyId, Instant expiresAt) {}

    /** What became of a presented token. */
    public sealed interface Rotation {
        record Rotated(String userId, Issued next) implements Rotation {}
        /** A spent token came back: its family is now revoked. */
        record Reused(String userId, String familyId) implements Rotation {}
        /** Unknown, expired, or of a revoked family. */
        record Invalid() implements Rotation {}
    }

    private final AccountsTable table;

    public RefreshTokens(AccountsTable table) {
        this.table = table;
    }

    /** The first token of a new family (a new sign-in). */
    public Issued start(String userId, Instant now) {
        String familyId = Ids.newId();
        Issued issued = newToken(familyId, now);
        var family = new HashMap<>(key("family#" + familyId, FAMILY_SK));
        family.put("userId", s(userId));
        family.put("revoked", bool(false));
        family.put("createdAt", s(now.toString()));
        family.put(AccountsTable.EXPIRES_AT, epoch(issued.expiresAt()));
        table.db().transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(table.name()).item(family).conditionExpression("attribute_not_exists(pk)")).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table.name()).item(tokenItem(issued, userId, now))
                        .conditionExpression("attribute_not_exists(pk)")).build()));
        return issued;
    }

    /** Spends {@code token} and issues the next one of its family — or, if it was spent already, revokes the family. */
    public Rotation rotate(String token, Instant now) {
        var item = find(token).orElse(null);
        if (item == null) return new Rotation.Invalid();
        String userId = text(item, "userId");
        String familyId = text(item, "familyId");
        if ("spent".equals(text(item, "state"))) {
            revoke(familyId);
            return new Rotation.Reused(userId, familyId);
        }
        if (number(item, AccountsTable.EXPIRES_AT) <= now.getEpochSecond()) return new Rotation.Invalid();

        Issued next = newToken(familyId, now);
        try {
            table.db().transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().update(u -> u.tableName(table.name()).key(key("family#" + familyId, FAMILY_SK))
                            .updateExpression("SET #exp = :exp")
                            .conditionExpression("revoked = :no")
                            .expressionAttributeNames(Map.of("#exp", AccountsTable.EXPIRES_AT))
                            .expressionAttributeValues(Map.of(":no", bool(false), ":exp", epoch(next.expiresAt())))).build(),
                    TransactWriteItem.builder().update(u -> u.tableName(table.name()).key(key(tokenKey(token), TOKEN_SK))
                            .updateExpression("SET #state = :spent, spentAt = :now")
                            .conditionExpression("#state = :active")
                            .expressionAttributeNames(Map.of("#state", "state"))
                            .expressionAttributeValues(Map.of(":spent", s("spent"), ":active", s("active"), ":now", s(now.toString())))).build(),
                    TransactWriteItem.builder().put(p -> p.tableName(table.name()).item(tokenItem(next, userId, now))
                            .conditionExpression("attribute_not_exists(pk)")).build()));
            return new Rotation.Rotated(userId, next);
        } catch (TransactionCanceledException e) {
            if (failedAt(e, 1)) { // spent by a concurrent request between our read and write: a reuse all the same
                revoke(familyId);
                return new Rotation.Reused(userId, familyId);
            }
            if (failedAt(e, 0)) return new Rotation.Invalid();
            throw e;
        }
    }

    /** Ends the family of {@code token} (sign-out); false if the token is unknown. */
    public boolean end(String token) {
        return find(token).map(item -> {
            revoke(text(item, "familyId"));
            return true;
        }).orElse(false);
    }

    /** Whether {@code familyId} was revoked (for tests and support). */
    public boolean isRevoked(String familyId) {
        return table.get("family#" + familyId, FAMILY_SK).map(f -> f.get("revoked").bool()).orElse(true);
    }

    /** Ends the family {@code familyId}: none of its tokens works again. */
    public void revoke(String familyId) {
        table.db().updateItem(r -> r.tableName(table.name()).key(key("family#" + familyId, FAMILY_SK))
                .updateExpression("SET revoked = :yes").conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":yes", bool(true))));
    }

    private Optional<Map<String, AttributeValue>> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) return Optional.empty();
        return table.get(tokenKey(token), TOKEN_SK);
    }

    private static Issued newToken(String familyId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new Issued(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), familyId, now.plus(LIFETIME));
    }

    private static Map<String, AttributeValue> tokenItem(Issued issued, String userId, Instant now) {
        var item = new HashMap<>(key(tokenKey(issued.token()), TOKEN_SK));
        item.put("userId", s(userId));
        item.put("familyId", s(issued.familyId()));
        item.put("state", s("active"));
        item.put("createdAt", s(now.toString()));
        item.put(AccountsTable.EXPIRES_AT, epoch(issued.expiresAt()));
        return item;
    }

    static String tokenKey(String token) {
        return "refresh#" + Digests.sha256Hex(token); // tokens are ASCII: its UTF-8 bytes are the same
    }
}
