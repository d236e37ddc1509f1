package uz.ultramarket.infra;

import java.util.List;
import software.constructs.Construct;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import uz.ultramarket.registry.FunctionSpec;

/**
 * One registry function in AWS: the Lambda function (Java 21 on arm64, SnapStart), its log group, and the alias
 * {@value #ALIAS} on its latest published version — routes, event sources and deploy hooks all invoke the alias,
 * because SnapStart snapshots exist only for published versions.
 */
public final class ShopFunction extends Construct {

    public static final String ALIAS = "live";

    private final FunctionSpec spec;
    private final Function function;
    private final Alias live;

    ShopFunction(Construct scope, FunctionSpec spec, Code code, ShopStage stage, Network network) {
        super(scope, spec.name());
        this.spec = spec;
        var logs = LogGroup.Builder.create(this, "Logs")
                .retention(stage.logRetention())
                .removalPolicy(stage.dataRemoval())
                .build();
        var builder = Function.Builder.create(this, "Function")
                .description(spec.description())
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler(spec.handler())
                .code(code)
                .memorySize(spec.memoryMb())
                .timeout(Duration.seconds(spec.timeout().toSeconds()))
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .logGroup(logs);
        // only the database's users join the VPC: the others reach AWS services without endpoints and ENIs
        if (spec.usesDatabase()) {
            builder.vpc(network.vpc()).vpcSubnets(network.isolatedSubnets()).securityGroups(List.of(network.functions()));
        }
        function = builder.build();
        // SnapStart applies to published versions only, which is what the live alias below invokes
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish", "invoked through the live alias of a published version");
        function.addEnvironment("POWERTOOLS_SERVICE_NAME", spec.name());
        function.addEnvironment("POWERTOOLS_LOG_LEVEL", "INFO");
        function.addEnvironment("STAGE", stage.id());
        live = Alias.Builder.create(this, "Live").aliasName(ALIAS).version(function.getCurrentVersion()).build();
    }

    public FunctionSpec spec() { return spec; }

    public Function function() { return function; }

    /** What invokes the function: the alias of its latest published version. */
    public Alias live() { return live; }

    void environment(String name, String value) { function.addEnvironment(name, value); }
}
