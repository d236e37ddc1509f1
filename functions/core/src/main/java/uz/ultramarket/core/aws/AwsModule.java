package uz.ultramarket.core.aws;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.config.Config;

/** SDK clients; a component builds only the ones its function asks for. */
@Module(includes = CoreModule.class)
public final class AwsModule {

    private AwsModule() {}

    @Provides
    @Singleton
    static AwsClients awsClients(Config config) {
        return new AwsClients(config);
    }

    @Provides
    @Singleton
    static DynamoDbClient dynamoDb(AwsClients aws) {
        return aws.dynamoDb();
    }

    @Provides
    @Singleton
    static DynamoDbStreamsClient dynamoDbStreams(AwsClients aws) {
        return aws.dynamoDbStreams();
    }

    @Provides
    @Singleton
    static SnsClient sns(AwsClients aws) {
        return aws.sns();
    }

    @Provides
    @Singleton
    static SqsClient sqs(AwsClients aws) {
        return aws.sqs();
    }

    @Provides
    @Singleton
    static S3Client s3(AwsClients aws) {
        return aws.s3();
    }

    @Provides
    @Singleton
    static S3Presigner s3Presigner(AwsClients aws) {
        return aws.s3Presigner();
    }

    @Provides
    @Singleton
    static SesV2Client sesV2(AwsClients aws) {
        return aws.sesV2();
    }

    @Provides
    @Singleton
    static SecretsManagerClient secretsManager(AwsClients aws) {
        return aws.secretsManager();
    }
}
