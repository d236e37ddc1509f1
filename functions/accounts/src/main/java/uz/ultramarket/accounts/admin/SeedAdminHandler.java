package uz.ultramarket.accounts.admin;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import java.util.HashMap;
import java.util.Map;

/** Runs on every deploy (a CloudFormation custom resource; locally at every start): {@link AdminSeed}. */
public final class SeedAdminHandler implements RequestHandler<CloudFormationCustomResourceEvent, Map<String, Object>> {
    private final AdminSeed seed;

    public SeedAdminHandler() { this(DaggerSeedAdminComponent.create().adminSeed()); }

    public SeedAdminHandler(AdminSeed seed) { this.seed = seed; }

    @Override
    public Map<String, Object> handleRequest(CloudFormationCustomResourceEvent event, Context context) {
        var response = new HashMap<String, Object>();
        response.put("PhysicalResourceId", "ultramarket-admin-seed");
        if ("Delete".equals(event.getRequestType())) return response;
        response.put("Data", Map.of("outcome", seed.run().name()));
        return response;
    }
}
