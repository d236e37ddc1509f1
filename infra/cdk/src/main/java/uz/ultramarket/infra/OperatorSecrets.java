package uz.ultramarket.infra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import software.constructs.Construct;
import software.amazon.awscdk.services.secretsmanager.CfnSecret;

/**
 * The values only an operator knows — payment provider keys, the SMS gateway login, the first admin's phone. The stack
 * creates each secret empty (neither a value nor a generated one); the operator puts the value in after the first
 * deploy (see infra/cdk/README.md), so nothing of it is ever in the repository or the template.
 */
public final class OperatorSecrets extends Construct {

    /** Secret name suffix → what goes in it. */
    public static final Map<String, String> SECRETS = secrets();

    public OperatorSecrets(Construct scope, String id, ShopStage stage) {
        super(scope, id);
        SECRETS.forEach((name, content) -> {
            CfnSecret.Builder.create(this, name)
                    .name(secretName(stage, name))
                    .description(content + " — set by the operator: aws secretsmanager put-secret-value")
                    .build()
                    .applyRemovalPolicy(stage.dataRemoval());
        });
    }

    /** {@code ultramarket/prod/payme-merchant-key}. */
    public static String secretName(ShopStage stage, String name) { return "ultramarket/" + stage.id() + "/" + name; }

    private static Map<String, String> secrets() {
        var secrets = new LinkedHashMap<String, String>();
        secrets.put("payme-merchant-key", "Payme merchant key (the password of Payme's Basic auth to the merchant endpoint)");
        secrets.put("click-secret-key", "Click secret key (signs Click's prepare and complete requests)");
        secrets.put("eskiz", "Eskiz SMS gateway login as JSON: {\"email\":\"…\",\"password\":\"…\"}");
        secrets.put("admin-bootstrap-phone", "Phone number (+998XXXXXXXXX) that becomes the first store admin");
        return Collections.unmodifiableMap(secrets);
    }
}
