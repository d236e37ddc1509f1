package uz.ultramarket.local.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import java.util.Map;

/** A deploy hook that fails, as a broken migration does. */
public final class FailingDeployHook implements RequestHandler<CloudFormationCustomResourceEvent, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(CloudFormationCustomResourceEvent event, Context context) {
        throw new IllegalStateException("migration V7 does not apply");
    }
}
