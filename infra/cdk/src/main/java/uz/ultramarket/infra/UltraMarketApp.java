package uz.ultramarket.infra;

import software.amazon.awscdk.App;
import uz.ultramarket.registry.World;

/** The CDK app ({@code cdk synth|deploy -c stage=dev|prod}): one {@link ShopStack} of the registry's shop. */
public final class UltraMarketApp {

    private UltraMarketApp() {}

    public static void main(String[] args) {
        var app = new App();
        var stage = ShopStage.fromContext(app.getNode().tryGetContext("stage"));
        new ShopStack(app, stage, World.fromRegistry(), RepositoryArtifacts.fromWorkingDirectory());
        app.synth();
    }
}
