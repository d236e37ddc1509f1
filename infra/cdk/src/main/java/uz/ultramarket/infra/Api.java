package uz.ultramarket.infra;

import java.util.List;
import software.constructs.Construct;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteKey;
import uz.ultramarket.registry.Route;

/** The one HTTP API: every route of every HTTP function, {@code $default} included, integrated with the function's alias. */
public final class Api extends Construct {

    private final HttpApi httpApi;

    /** @param admin where the admin console's routes go (its functions' nested stack), when the world has any */
    public Api(Construct scope, String id, List<ShopFunction> httpFunctions, ShopStage stage, java.util.Optional<AdminStack> admin) {
        super(scope, id);
        httpApi = HttpApi.Builder.create(this, "HttpApi")
                .apiName(stage.resourceName("api"))
                .description("UltraMarket " + stage.id() + ": served under /api/ through CloudFront")
                .build();
        for (var function : httpFunctions) {
            var integration = new HttpLambdaIntegration(function.spec().name(), function.live());
            // a route (with its integration and invoke permission) lives in its function's stack
            Construct home = AdminStack.holds(function.spec())
                    ? admin.orElseThrow(() -> new IllegalStateException("no admin stack for " + function.spec().name())).routes()
                    : this;
            for (var route : function.spec().routes()) {
                HttpRoute.Builder.create(home, route.key())
                        .httpApi(httpApi)
                        .routeKey(routeKey(route))
                        .integration(integration)
                        .build();
            }
        }
    }

    public HttpApi httpApi() { return httpApi; }

    /** The API's own host name, which CloudFront forwards {@code /api/*} to. */
    public String domainName() {
        return Fn.join("", List.of(httpApi.getApiId(), ".execute-api.", Aws.REGION, ".", Aws.URL_SUFFIX));
    }

    private static HttpRouteKey routeKey(Route route) {
        return route.isDefault() ? HttpRouteKey.DEFAULT : HttpRouteKey.with(route.path(), HttpMethod.valueOf(route.method()));
    }
}
