package uz.ultramarket.local;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import uz.ultramarket.registry.Access;
import uz.ultramarket.registry.Secret;
import uz.ultramarket.registry.World;

/**
 * The operator secrets the world's functions read, created in the emulator's Secrets Manager as
 * {@code ultramarket/local/<name>} and filled with what the local sandboxes need (the Eskiz one points at the Eskiz
 * sandbox) — so a function reads its secret exactly as in AWS, through {@code SECRET_<NAME>_ARN}.
 */
final class LocalSecrets {
    private LocalSecrets() {}

    /** {@code ultramarket/local/<name>}: where the stack keeps {@code secret} in the emulator. */
    static String nameOf(Secret secret) {
        return "ultramarket/local/" + secret.name();
    }

    /** Creates (or updates) every secret of the world; returns the environment that names them. */
    static Map<String, String> create(World world, SecretsManagerClient secrets, Map<String, String> localValues) {
        var environment = new LinkedHashMap<String, String>();
        for (var secret : world.secrets()) {
            String name = nameOf(secret);
            String value = localValues.get(secret.name());
            // a secret a function keeps (the signing keys) is filled by that function on first use
            boolean keptByAFunction = world.functions().stream().anyMatch(f -> f.access().contains(Access.keepSecret(secret)));
            if (value == null && !keptByAFunction) Progress.say("secret " + name + " has no local value: " + secret.name() + " calls will fail until one is set");
            String arn;
            try {
                arn = secrets.createSecret(r -> r.name(name).description(secret.description()).secretString(value)).arn();
            } catch (ResourceExistsException kept) { // an emulator that outlives the stack (AWS_ENDPOINT_URL)
                if (value != null) secrets.putSecretValue(r -> r.secretId(name).secretString(value));
                arn = secrets.describeSecret(r -> r.secretId(name)).arn();
            }
            environment.put(secret.envName(), arn);
        }
        return environment;
    }
}
