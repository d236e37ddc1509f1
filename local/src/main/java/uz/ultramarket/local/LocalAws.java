package uz.ultramarket.local;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The local stack's own AWS clients, pointed at the emulators; tests use them too to publish, inspect queues and
 * write items.
 */
public record LocalAws(DynamoDbClient dynamoDb, DynamoDbStreamsClient dynamoDbStreams, SnsClient sns, SqsClient sqs,
                       SecretsManagerClient secretsManager, SesV2Client sesV2, S3Client s3) implements AutoCloseable {

    /** Any fixed region: the emulators accept every one, and ARNs must agree. */
    public static final Region REGION = Region.US_EAST_1;
    /** The account moto puts in every ARN. */
    public static final String ACCOUNT = "123456789012";
    static final String ACCESS_KEY_ID = "local";
    static final String SECRET_ACCESS_KEY = "local";

    static LocalAws connect(URI dynamoDbEndpoint, URI awsEndpoint) {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY));
        // SQS long polls wait up to a second, well inside this read timeout
        var http = UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(2)).socketTimeout(Duration.ofSeconds(30));
        return new LocalAws(
                DynamoDbClient.builder().endpointOverride(dynamoDbEndpoint).region(REGION).credentialsProvider(credentials).httpClientBuilder(http).build(),
                DynamoDbStreamsClient.builder().endpointOverride(dynamoDbEndpoint).region(REGION).credentialsProvider(credentials).httpClientBuilder(http).build(),
                SnsClient.builder().endpointOverride(awsEndpoint).region(REGION).credentialsProvider(credentials).httpClientBuilder(http).build(),
                SqsClient.builder().endpointOverride(awsEndpoint).region(REGION).credentialsProvider(credentials).httpClientBuilder(http).build(),
                SecretsManagerClient.builder().endpointOverride(awsEndpoint).region(REGION).credentialsProvider(credentials).httpClientBuilder(http).build(),
                SesV2Client.builder().endpointOverride(awsEndpoint).region(REGION).credentialsProvider(credentials).httpClientBuilder(http).build(),
                // path-style: bucket names in the path, as an emulator on one host:port needs
                S3Client.builder().endpointOverride(awsEndpoint).forcePathStyle(true).region(REGION).credentialsProvider(credentials).httpClientBuilder(http).build());
    }

    @Override
    public void close() {
        dynamoDb.close();
        dynamoDbStreams.close();
        sns.close();
        sqs.close();
        secretsManager.close();
        sesV2.close();
        s3.close();
    }
}
