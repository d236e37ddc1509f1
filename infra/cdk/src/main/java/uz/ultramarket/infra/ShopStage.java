package uz.ultramarket.infra;

import java.util.Locale;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.RetentionDays;

/** The two deployments of the shop: {@code dev} can be torn down whole, {@code prod} keeps its data whatever happens to the stack. */
public enum ShopStage {
    DEV(RemovalPolicy.DESTROY, RetentionDays.TWO_WEEKS, 2, 1),
    PROD(RemovalPolicy.RETAIN, RetentionDays.THREE_MONTHS, 16, 14);

    private final RemovalPolicy dataRemoval;
    private final RetentionDays logRetention;
    private final double databaseMaxCapacity;
    private final int backupDays;

    ShopStage(RemovalPolicy dataRemoval, RetentionDays logRetention, double databaseMaxCapacity, int backupDays) {
        this.dataRemoval = dataRemoval;
        this.logRetention = logRetention;
        this.databaseMaxCapacity = databaseMaxCapacity;
        this.backupDays = backupDays;
    }

    /** The stage named by the {@code stage} context value ({@code -c stage=prod}); {@code dev} when it is absent. */
    public static ShopStage fromContext(Object value) {
        if (value == null) return DEV;
        for (var stage : values()) {
            if (stage.id().equals(value.toString())) return stage;
        }
        throw new IllegalArgumentException("unknown stage '" + value + "': use -c stage=dev or -c stage=prod");
    }

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public boolean isProd() { return this == PROD; }

    /** What happens to tables, the database, buckets and log groups when the stack or the resource goes away. */
    public RemovalPolicy dataRemoval() { return dataRemoval; }

    public RetentionDays logRetention() { return logRetention; }

    /** Aurora Serverless v2 capacity units the database may grow to. */
    public double databaseMaxCapacity() { return databaseMaxCapacity; }

    public int backupDays() { return backupDays; }

    /** A physical name for a shop resource: {@code ultramarket-prod-order-events}. */
    public String resourceName(String name) { return "ultramarket-" + id() + "-" + name; }
}
