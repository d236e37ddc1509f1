package uz.ultramarket.infra;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.constructs.Construct;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import uz.ultramarket.registry.Access;
import uz.ultramarket.registry.FunctionSpec;

/**
 * The private network of the database and of the functions that use it: two AZs of isolated subnets, no NAT gateway,
 * so AWS services are reached only through VPC endpoints — gateway endpoints for DynamoDB and S3 (free), and interface
 * endpoints for exactly the services the in-VPC functions call.
 */
public final class Network extends Construct {

    private final Vpc vpc;
    private final SecurityGroup functions;
    private final SecurityGroup endpoints;

    public Network(Construct scope, String id, List<FunctionSpec> inVpc) {
        super(scope, id);
        vpc = Vpc.Builder.create(this, "Vpc")
                .maxAzs(2)
                .natGateways(0)
                .subnetConfiguration(List.of(SubnetConfiguration.builder()
                        .name("isolated").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(22).build()))
                .restrictDefaultSecurityGroup(true)
                .build();
        vpc.addGatewayEndpoint("DynamoDb", GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.DYNAMODB).build());
        vpc.addGatewayEndpoint("S3", GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.S3).build());

        functions = SecurityGroup.Builder.create(this, "Functions").vpc(vpc)
                .description("Lambda functions that use the catalog database")
                .allowAllOutbound(false)
                .build();
        // with no NAT and no internet gateway, 443 reaches nothing but the VPC endpoints
        functions.addEgressRule(Peer.anyIpv4(), Port.tcp(443), "AWS services through VPC endpoints");

        endpoints = SecurityGroup.Builder.create(this, "Endpoints").vpc(vpc)
                .description("Interface VPC endpoints")
                .allowAllOutbound(false)
                .build();
        allowEndpointsFrom(functions);
        for (var service : interfaceServices(inVpc)) {
            vpc.addInterfaceEndpoint(service.getShortName(), InterfaceVpcEndpointOptions.builder()
                    .service(service)
                    .subnets(isolatedSubnets())
                    .securityGroups(List.of(endpoints))
                    .open(false)
                    .privateDnsEnabled(true)
                    .build());
        }
    }

    public Vpc vpc() { return vpc; }

    /** The security group of every in-VPC function. */
    public SecurityGroup functions() { return functions; }

    public SubnetSelection isolatedSubnets() { return SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build(); }

    /** Lets {@code client} call the interface endpoints (HTTPS). */
    public void allowEndpointsFrom(IConnectable client) {
        endpoints.getConnections().allowFrom(client, Port.tcp(443), "HTTPS to the VPC endpoints");
    }

    // Secrets Manager for RDS Proxy (it reads the database credentials from inside the VPC) and the database's users;
    // SNS and SQS only when an in-VPC function publishes or uses a queue
    private static Set<InterfaceVpcEndpointAwsService> interfaceServices(List<FunctionSpec> inVpc) {
        var services = new LinkedHashSet<InterfaceVpcEndpointAwsService>();
        services.add(InterfaceVpcEndpointAwsService.SECRETS_MANAGER);
        for (var function : inVpc) {
            for (var access : function.access()) {
                switch (access) {
                    case Access.Publish ignored -> services.add(InterfaceVpcEndpointAwsService.SNS);
                    case Access.UseQueue ignored -> services.add(InterfaceVpcEndpointAwsService.SQS);
                    case Access.CatalogDatabase ignored -> { }
                    case Access.ReadSecret ignored -> { } // the Secrets Manager endpoint is always there
                    case Access.KeepSecret ignored -> { }
                    // SES's API has no interface endpoint here: without NAT, an in-VPC function could not send
                    case Access.SendEmail ignored -> throw new IllegalArgumentException(function.name()
                            + " uses the database and sends email: split it, email senders run outside the VPC");
                    case Access.LinkToShop ignored -> { }
                    case Access.ReadTable ignored -> { }
                    case Access.WriteTable ignored -> { }
                    case Access.AppendTo ignored -> { }  // DynamoDB through its gateway endpoint
                    case Access.UploadTo ignored -> { }  // signing an upload URL is local; the browser PUTs to S3
                }
            }
        }
        return services;
    }
}
