package uz.ultramarket.infra;

import software.amazon.awscdk.App;

/** The CDK app ({@code cdk synth|deploy -c stage=dev|prod}): one {@link ShopStack} of the registry's shop. */
public final class UltraMarketApp {

    private UltraMarketApp() {}

    public static void main(String[] args) {
        var app = new App();
        var stage = ShopStage.fromContext(app.getNode().tryGetContext("stage"));
        new ShopStack(app, stage, Blueprint.fromRegistry(), RepositoryArtifacts.fromWorkingDirectory());
        app.synth();
    }
}
