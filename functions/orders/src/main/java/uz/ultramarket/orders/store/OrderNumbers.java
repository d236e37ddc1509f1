package uz.ultramarket.orders.store;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import uz.ultramarket.orders.OrderNumber;

/**
 * Hands out order numbers from a counter item in the orders table, {@code sequence#order-number}: unique however many
 * checkouts run at once. A container takes {@value #BLOCK} numbers at a time, so most checkouts write no counter; the
 * numbers a container took but did not use are skipped, and numbers rise in order of taking, not of checkout.
 */
public final class OrderNumbers {

    private static final String SEQUENCE_KEY = "sequence#order-number";
    /** Order numbers start at six digits (plus the check digit): short, and not the shop's first few. */
    private static final long FIRST_SEQUENCE = 100_000;

    static final int BLOCK = 20;

    private final DynamoDbClient db;
    private final String table;
    private long next;
    private long end; // exclusive: the block is used up when next == end

    public OrderNumbers(DynamoDbClient db, String table) {
        this.db = db;
        this.table = table;
    }

    /** A number no order has had. */
    public synchronized String next() {
        if (next == end) {
            var updated = db.updateItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS(SEQUENCE_KEY)))
                    .updateExpression("SET #last = if_not_exists(#last, :first) + :block")
                    .expressionAttributeNames(Map.of("#last", "last"))
                    .expressionAttributeValues(Map.of(":first", AttributeValue.fromN(Long.toString(FIRST_SEQUENCE - 1)),
                            ":block", AttributeValue.fromN(Integer.toString(BLOCK))))
                    .returnValues(ReturnValue.UPDATED_NEW));
            end = Long.parseLong(updated.attributes().get("last").n()) + 1;
            next = end - BLOCK;
        }
        return OrderNumber.of(next++);
    }
}
