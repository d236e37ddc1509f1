package uz.ultramarket.accounts.otp;

import static uz.ultramarket.accounts.store.AccountsTable.epoch;
import static uz.ultramarket.accounts.store.AccountsTable.key;
import static uz.ultramarket.accounts.store.AccountsTable.n;
import static uz.ultramarket.accounts.store.AccountsTable.number;
import static uz.ultramarket.accounts.store.AccountsTable.s;
import static uz.ultramarket.accounts.store.AccountsTable.text;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import uz.ultramarket.accounts.store.AccountsTable;
import uz.ultramarket.core.phone.Phone;

/**
 * OTP challenges in the accounts table, {@code otp#<phone>}/{@code challenge}, expiring by TTL. Every change is
 * conditional, so concurrent requests cannot send two codes inside the resend wait, try a code more than the limit,
 * or use one code twice.
 */
public final class OtpChallenges {

    private static final String SK = "challenge";
    private final AccountsTable table;

    public OtpChallenges(AccountsTable table) {
        this.table = table;
    }

    private static String pk(Phone phone) {
        return "otp#" + phone.value();
    }

    /** Stores {@code challenge} in place of the phone's last one, unless that one may not be replaced yet. */
    public boolean start(OtpChallenge challenge, Instant now) {
        var item = new HashMap<>(key(pk(challenge.phone()), SK));
        item.put("challengeId", s(challenge.id()));
        item.put("purpose", s(challenge.purpose().id()));
        item.put("codeHash", s(challenge.codeHash()));
        item.put("attempts", n(0));
        item.put("createdAt", epoch(challenge.createdAt()));
        item.put("resendAt", epoch(challenge.resendAt()));
        item.put(AccountsTable.EXPIRES_AT, epoch(challenge.expiresAt()));
        try {
            table.db().putItem(r -> r.tableName(table.name()).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR resendAt <= :now OR #exp <= :now")
                    .expressionAttributeNames(Map.of("#exp", AccountsTable.EXPIRES_AT))
                    .expressionAttributeValues(Map.of(":now", epoch(now))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    public Optional<OtpChallenge> find(Phone phone) {
        return table.get(pk(phone), SK).map(item -> new OtpChallenge(text(item, "challengeId"), phone,
                OtpPurpose.of(text(item, "purpose")), text(item, "codeHash"), (int) number(item, "attempts"),
                Instant.ofEpochSecond(number(item, "createdAt")), Instant.ofEpochSecond(number(item, AccountsTable.EXPIRES_AT)),
                Instant.ofEpochSecond(number(item, "resendAt"))));
    }

    /** Counts one try of {@code challenge}; false when it has had {@code max} tries already (or was replaced). */
    public boolean countAttempt(OtpChallenge challenge, int max) {
        try {
            table.db().updateItem(r -> r.tableName(table.name()).key(key(pk(challenge.phone()), SK))
                    .updateExpression("ADD attempts :one")
                    .conditionExpression("challengeId = :id AND attempts < :max")
                    .expressionAttributeValues(Map.of(":one", n(1), ":id", s(challenge.id()), ":max", n(max))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Removes {@code challenge} if it is still the phone's; false when another request used or replaced it first. */
    public boolean remove(OtpChallenge challenge) {
        try {
            table.db().deleteItem(r -> r.tableName(table.name()).key(key(pk(challenge.phone()), SK))
                    .conditionExpression("challengeId = :id")
                    .expressionAttributeValues(Map.of(":id", s(challenge.id()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
