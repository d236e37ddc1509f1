package uz.ultramarket.local;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The functions that run on every deploy (a CloudFormation custom resource in AWS), run once at start after the
 * resources exist and before any request is served: {@code Create} on a fresh data folder, else {@code Update}.
 */
final class DeployHooks {
    private DeployHooks() {}

    static void run(List<WarmContainer> hooks, boolean freshData) {
        String requestType = freshData ? "Create" : "Update";
        for (var hook : hooks) {
            long start = System.nanoTime();
            try {
                hook.invoke(event(hook, requestType));
            } catch (RuntimeException | Error e) {
                throw new IllegalStateException(hook.name() + " failed, so the stack does not start: " + (e.getMessage() == null ? e : e.getMessage()), e);
            }
            Progress.done(hook.name() + " ran: " + requestType, start);
        }
    }

    // CloudFormation's logical ids are alphanumeric: migrate-database becomes MigrateDatabase
    private static String logicalId(String name) {
        return Stream.of(name.split("-")).map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1)).collect(Collectors.joining());
    }

    private static CloudFormationCustomResourceEvent event(WarmContainer hook, String requestType) {
        String functionArn = "arn:aws:lambda:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT + ":function:" + hook.name();
        var event = new CloudFormationCustomResourceEvent();
        event.setRequestType(requestType);
        event.setServiceToken(functionArn);
        event.setStackId("arn:aws:cloudformation:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT + ":stack/ultramarket-local/local");
        event.setRequestId(UUID.randomUUID().toString());
        event.setLogicalResourceId(logicalId(hook.name()));
        event.setResourceType("Custom::OnDeploy");
        if (requestType.equals("Update")) event.setPhysicalResourceId(hook.name());
        event.setResourceProperties(Map.of("ServiceToken", functionArn));
        return event;
    }
}
