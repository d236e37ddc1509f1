package uz.ultramarket.core.aws;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;
import uz.ultramarket.core.config.Config;

/**
 * The SDK clients of one container, each built on first use and then reused: explicit region, a short credentials
 * chain and the URL-connection HTTP client, so nothing is probed or scanned on a cold start. Endpoints come from the
 * SDK's standard {@code AWS_ENDPOINT_URL_<SERVICE>} / {@code AWS_ENDPOINT_URL} names, read through {@link Config}.
 */
public final class AwsClients implements AutoCloseable {

    private final Config config;
    private final Once<Region> region;
    private final Once<AwsCredentialsProvider> credentials;
    private final List<SdkAutoCloseable> built = new ArrayList<>();
    private final Once<SdkHttpClient> http = new Once<>(() -> remember(UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(2))
            .socketTimeout(Duration.ofSeconds(10))
            .build()));

    private final Once<DynamoDbClient> dynamoDb;
    private final Once<DynamoDbStreamsClient> dynamoDbStreams;
    private final Once<SnsClient> sns;
    private final Once<SqsClient> sqs;
    private final Once<S3Client> s3;
    private final Once<S3Presigner> s3Presigner;
    private final Once<SesV2Client> sesV2;
    private final Once<SecretsManagerClient> secretsManager;

    public AwsClients(Config config) {
        this.config = config;
        this.region = new Once<>(this::resolveRegion);
        this.credentials = new Once<>(this::credentialsChain);
        this.dynamoDb = new Once<>(() -> build(DynamoDbClient.builder(), "DYNAMODB"));
        this.dynamoDbStreams = new Once<>(() -> build(DynamoDbStreamsClient.builder(), "DYNAMODB_STREAMS"));
        this.sns = new Once<>(() -> build(SnsClient.builder(), "SNS"));
        this.sqs = new Once<>(() -> build(SqsClient.builder(), "SQS"));
        this.s3 = new Once<>(() -> {
            Optional<URI> endpoint = endpoint("S3");
            // emulators (moto, LocalStack) serve buckets by path, not by virtual host
            return build(S3Client.builder().forcePathStyle(endpoint.isPresent()), endpoint);
        });
        this.s3Presigner = new Once<>(this::buildS3Presigner);
        this.sesV2 = new Once<>(() -> build(SesV2Client.builder(), "SESV2", "SES"));
        this.secretsManager = new Once<>(() -> build(SecretsManagerClient.builder(), "SECRETS_MANAGER"));
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb.get();
    }

    public DynamoDbStreamsClient dynamoDbStreams() {
        return dynamoDbStreams.get();
    }

    public SnsClient sns() {
        return sns.get();
    }

    public SqsClient sqs() {
        return sqs.get();
    }

    public S3Client s3() {
        return s3.get();
    }

    /** Signs S3 requests for others to send (e.g. a browser's upload); it makes no calls itself. */
    public S3Presigner s3Presigner() {
        return s3Presigner.get();
    }

    public SesV2Client sesV2() {
        return sesV2.get();
    }

    public SecretsManagerClient secretsManager() {
        return secretsManager.get();
    }

    public Region region() {
        return region.get();
    }

    /** The endpoint override for a service: {@code AWS_ENDPOINT_URL_<SERVICE>} first, then {@code AWS_ENDPOINT_URL}. */
    public Optional<URI> endpoint(String... serviceNames) {
        for (String service : serviceNames) {
            Optional<String> url = config.get("AWS_ENDPOINT_URL_" + service);
            if (url.isPresent()) {
                return url.map(URI::create);
            }
        }
        return config.get("AWS_ENDPOINT_URL").map(URI::create);
    }

    @Override
    public synchronized void close() {
        for (SdkAutoCloseable client : built) {
            client.close();
        }
        built.clear();
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient>
            C build(B builder, String... serviceNames) {
        return build(builder, endpoint(serviceNames));
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient>
            C build(B builder, Optional<URI> endpoint) {
        builder.region(region.get())
                .credentialsProvider(credentials.get())
                .httpClient(http.get());
        endpoint.ifPresent(builder::endpointOverride);
        return remember(builder.build());
    }

    private S3Presigner buildS3Presigner() {
        Optional<URI> endpoint = endpoint("S3");
        var builder = S3Presigner.builder().region(region.get()).credentialsProvider(credentials.get())
                // the same addressing as s3(): a URL signed for a virtual host would not reach an emulator
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(endpoint.isPresent()).build());
        endpoint.ifPresent(builder::endpointOverride);
        return remember(builder.build());
    }

    private synchronized <T extends SdkAutoCloseable> T remember(T closeable) {
        built.add(closeable);
        return closeable;
    }

    private Region resolveRegion() {
        return config.get("AWS_REGION")
                .or(() -> config.get("AWS_DEFAULT_REGION"))
                .map(Region::of)
                .orElseThrow(() -> new IllegalStateException(
                        "No AWS region: set AWS_REGION (Lambda sets it) or AWS_DEFAULT_REGION"));
    }

    /**
     * Keys from the environment (or same-named system properties), then the SDK's {@code aws.accessKeyId} properties,
     * then the container endpoint, which is where Lambda puts credentials once SnapStart is on.
     */
    private AwsCredentialsProvider credentialsChain() {
        return AwsCredentialsProviderChain.builder()
                .credentialsProviders(
                        this::configuredCredentials,
                        SystemPropertyCredentialsProvider.create(),
                        ContainerCredentialsProvider.create())
                .build();
    }

    private AwsCredentials configuredCredentials() {
        Optional<String> keyId = config.get("AWS_ACCESS_KEY_ID");
        Optional<String> secret = config.get("AWS_SECRET_ACCESS_KEY");
        if (keyId.isEmpty() || secret.isEmpty()) {
            throw SdkClientException.create("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set");
        }
        return config.get("AWS_SESSION_TOKEN")
                .<AwsCredentials>map(
                        token -> AwsSessionCredentials.create(keyId.get(), secret.get(), token))
                .orElseGet(() -> AwsBasicCredentials.create(keyId.get(), secret.get()));
    }

    /** A value computed on first use, once, even under concurrent first calls. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> factory;
        private volatile T value;

        Once(Supplier<T> factory) {
            this.factory = factory;
        }

        @Override
        public T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = factory.get();
                        value = result;
                    }
                }
            }
            return result;
        }
    }
}
