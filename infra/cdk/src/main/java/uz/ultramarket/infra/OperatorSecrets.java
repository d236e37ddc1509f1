package uz.ultramarket.infra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import software.constructs.Construct;
import software.amazon.awscdk.services.secretsmanager.CfnSecret;
import uz.ultramarket.registry.Access;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.Secret;
import uz.ultramarket.registry.World;

/**
 * The values only an operator knows — payment provider keys, the SMS gateway login, the first admin's phone: the
 * registry's {@link Registry#secrets()} (and any other secret a function of the world reads). The stack creates each
 * secret empty (neither a value nor a generated one); the operator puts the value in after the first deploy (see
 * infra/cdk/README.md), so nothing of it is ever in the repository or the template. A function that declares
 * {@code Access.readSecret(secret)} may read that one secret and gets its ARN in {@code SECRET_<NAME>_ARN}.
 */
public final class OperatorSecrets extends Construct {

    /** Secret name suffix → what goes in it: the registry's operator secrets. */
    public static final Map<String, String> SECRETS = descriptions();

    private final Map<String, CfnSecret> created = new LinkedHashMap<>();

    public OperatorSecrets(Construct scope, String id, ShopStage stage, World world) {
        super(scope, id);
        var secrets = new LinkedHashSet<Secret>(Registry.secrets());
        secrets.addAll(world.secrets());
        for (var secret : secrets) {
            // a secret some function keeps (the signing keys) is filled by that function, not by the operator
            boolean keptByAFunction = world.functions().stream().anyMatch(f -> f.access().contains(Access.keepSecret(secret)));
            var resource = CfnSecret.Builder.create(this, secret.name())
                    .name(secretName(stage, secret.name()))
                    .description(secret.description() + (keptByAFunction ? "" : " — set by the operator: aws secretsmanager put-secret-value"))
                    .build();
            resource.applyRemovalPolicy(stage.dataRemoval());
            created.put(secret.name(), resource);
        }
    }

    /** {@code ultramarket/prod/payme-merchant-key}. */
    public static String secretName(ShopStage stage, String name) { return "ultramarket/" + stage.id() + "/" + name; }

    /** The ARN of {@code secret} (its {@code Ref}), for a grant scoped to it alone. */
    public String arn(Secret secret) {
        var resource = created.get(secret.name());
        if (resource == null) throw new IllegalArgumentException("secret " + secret.name() + " is not an operator secret of this stack");
        return resource.getRef();
    }

    private static Map<String, String> descriptions() {
        var secrets = new LinkedHashMap<String, String>();
        Registry.secrets().forEach(s -> secrets.put(s.name(), s.description()));
        return Collections.unmodifiableMap(secrets);
    }
}
