package uz.ultramarket.infra;

import software.constructs.Construct;
import software.amazon.awscdk.NestedStack;
import software.amazon.awscdk.NestedStackProps;
import uz.ultramarket.registry.FunctionSpec;

/**
 * The admin console's functions in a nested stack of their own: the registry's staff functions ({@code forStaff}, all of
 * them under {@code /api/admin/}) and the {@code admin} module's other functions (tally-orders), with their roles, log
 * groups, aliases, routes, event sources and latency alarms. CloudFormation allows 500 resources per stack; the shop's
 * stack is near that without them. The tables, queues, buckets, network, HTTP API and alarm topic stay in the parent;
 * CDK passes what these functions reference as parameters of this stack (and the parent's dashboard reads their names
 * through this stack's outputs).
 */
public final class AdminStack extends NestedStack {

    private final Construct functions;
    private final Construct routes;

    AdminStack(Construct scope, String id, ShopStage stage) {
        super(scope, id, NestedStackProps.builder()
                .description("UltraMarket admin console functions (" + stage.id() + ")")
                .build());
        functions = new Construct(this, "Functions");
        routes = new Construct(this, "Routes");
    }

    /** Whether {@code spec} belongs to the admin console: a staff function, or any function of the {@code admin} module. */
    public static boolean holds(FunctionSpec spec) {
        return spec.staff().isPresent() || "admin".equals(spec.module());
    }

    /** Where the admin console's functions are built. */
    Construct functions() { return functions; }

    /** Where the routes of the admin console's functions are built (on the parent's HTTP API). */
    Construct routes() { return routes; }
}
