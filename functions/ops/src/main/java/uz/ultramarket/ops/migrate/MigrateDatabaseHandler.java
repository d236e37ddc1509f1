package uz.ultramarket.ops.migrate;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs on every deploy as a CloudFormation custom resource (the CDK provider framework's {@code onEvent}) and, locally,
 * at every start: applies pending migrations before any traffic reaches the new code. Deleting the stack keeps the data.
 */
public final class MigrateDatabaseHandler implements RequestHandler<CloudFormationCustomResourceEvent, Map<String, Object>> {
    private static final String PHYSICAL_ID = "ultramarket-catalog-schema";
    private final CatalogSchema schema;

    public MigrateDatabaseHandler() { this(DaggerMigrateComponent.create().schema()); }

    public MigrateDatabaseHandler(CatalogSchema schema) { this.schema = schema; }

    @Override
    public Map<String, Object> handleRequest(CloudFormationCustomResourceEvent event, Context context) {
        var response = new HashMap<String, Object>();
        response.put("PhysicalResourceId", PHYSICAL_ID);
        if ("Delete".equals(event.getRequestType())) return response;
        var result = schema.migrate();
        response.put("Data", Map.of("applied", result.applied(), "schemaVersion", String.valueOf(result.schemaVersion())));
        return response;
    }
}
