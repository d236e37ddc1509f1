package uz.ultramarket.infra;

import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.DatabaseProxy;
import software.amazon.awscdk.services.rds.DatabaseProxyOptions;
import software.amazon.awscdk.services.rds.IClusterInstance;
import software.amazon.awscdk.services.rds.ServerlessV2ClusterInstanceProps;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * The catalog's Aurora PostgreSQL Serverless v2 cluster (PostgreSQL 16, the local stack's major version) behind RDS
 * Proxy; the credentials are generated into Secrets Manager. Only the proxy reaches the database, and only the
 * in-VPC functions reach the proxy, both on 5432.
 */
public final class CatalogDatabase extends Construct {

    private static final String NAME = "ultramarket";
    private static final AuroraPostgresEngineVersion ENGINE_VERSION = AuroraPostgresEngineVersion.VER_16_13;
    private static final int PORT = 5432;

    private final DatabaseCluster cluster;
    private final DatabaseProxy proxy;
    private final double maxCapacity;

    public CatalogDatabase(Construct scope, String id, Network network, ShopStage stage) {
        super(scope, id);
        maxCapacity = stage.databaseMaxCapacity();
        var databaseGroup = SecurityGroup.Builder.create(this, "DatabaseSecurityGroup").vpc(network.vpc())
                .description("Aurora PostgreSQL: reached only by RDS Proxy").allowAllOutbound(false).build();
        var proxyGroup = SecurityGroup.Builder.create(this, "ProxySecurityGroup").vpc(network.vpc())
                .description("RDS Proxy: reached only by the database functions").allowAllOutbound(false).build();
        // the proxy fetches the credentials from Secrets Manager through its VPC endpoint
        network.allowEndpointsFrom(proxyGroup);

        var readers = new ArrayList<IClusterInstance>();
        // prod keeps a second instance in the other AZ to fail over to
        if (stage.isProd()) readers.add(ClusterInstance.serverlessV2("Reader", ServerlessV2ClusterInstanceProps.builder().scaleWithWriter(true).build()));
        cluster = DatabaseCluster.Builder.create(this, "Cluster")
                .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder().version(ENGINE_VERSION).build()))
                .writer(ClusterInstance.serverlessV2("Writer"))
                .readers(readers)
                .serverlessV2MinCapacity(0.5)
                .serverlessV2MaxCapacity(maxCapacity)
                .credentials(Credentials.fromGeneratedSecret(NAME))
                .defaultDatabaseName(NAME)
                .port(PORT)
                .storageEncrypted(true)
                .vpc(network.vpc())
                .vpcSubnets(network.isolatedSubnets())
                .securityGroups(List.of(databaseGroup))
                .backup(BackupProps.builder().retention(Duration.days(stage.backupDays())).build())
                .deletionProtection(stage.isProd())
                .removalPolicy(stage.dataRemoval())
                .build();
        // addProxy also opens the database's port to the proxy's security group, and to nothing else
        proxy = cluster.addProxy("Proxy", DatabaseProxyOptions.builder()
                .vpc(network.vpc())
                .vpcSubnets(network.isolatedSubnets())
                .securityGroups(List.of(proxyGroup))
                .secrets(List.of(cluster.getSecret()))
                .requireTls(true)
                .build());
    }

    /** The credentials (username, password, host, port, dbname) the proxy and the functions log in with. */
    public ISecret secret() { return cluster.getSecret(); }

    /** What {@code DB_URL} carries: the proxy, which pools connections across every Lambda container. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + proxy.getEndpoint() + ":" + PORT + "/" + NAME + "?sslmode=require";
    }

    public DatabaseCluster cluster() { return cluster; }

    public double maxCapacity() { return maxCapacity; }

    /** Lets {@code function} (in the VPC) log in: read the secret, connect to the proxy. */
    public void admit(Function function) {
        secret().grantRead(function);
        proxy.getConnections().allowFrom(function, Port.tcp(PORT), "database client to RDS Proxy");
    }
}
