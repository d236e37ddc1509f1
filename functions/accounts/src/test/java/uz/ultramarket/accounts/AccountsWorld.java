package uz.ultramarket.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import uz.ultramarket.accounts.account.PasswordHasher;
import uz.ultramarket.accounts.account.UserStore;
import uz.ultramarket.accounts.addresses.AddressBook;
import uz.ultramarket.accounts.addresses.AddressService;
import uz.ultramarket.accounts.addresses.AddressesHandler;
import uz.ultramarket.accounts.addresses.CustomerStanding;
import uz.ultramarket.accounts.admin.AdminSeed;
import uz.ultramarket.accounts.customers.AdminCustomersHandler;
import uz.ultramarket.accounts.customers.AdminCustomersService;
import uz.ultramarket.accounts.login.LoginHandler;
import uz.ultramarket.accounts.login.LoginService;
import uz.ultramarket.accounts.otp.OtpChallenges;
import uz.ultramarket.accounts.otp.OtpCodes;
import uz.ultramarket.accounts.otp.OtpSender;
import uz.ultramarket.accounts.otp.OtpVerifier;
import uz.ultramarket.accounts.otp.RequestOtpHandler;
import uz.ultramarket.accounts.profile.ProfileHandler;
import uz.ultramarket.accounts.profile.ProfileService;
import uz.ultramarket.accounts.register.RegisterHandler;
import uz.ultramarket.accounts.register.RegisterService;
import uz.ultramarket.accounts.session.AccessTokenIssuer;
import uz.ultramarket.accounts.session.LogoutHandler;
import uz.ultramarket.accounts.session.RefreshHandler;
import uz.ultramarket.accounts.session.RefreshTokens;
import uz.ultramarket.accounts.session.SessionService;
import uz.ultramarket.accounts.store.AccountsTable;
import uz.ultramarket.accounts.store.Throttle;
import uz.ultramarket.core.audit.AuditTrail;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.SigningKeyStore;
import uz.ultramarket.core.aws.AwsClients;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.notification.NotificationPublisher;
import uz.ultramarket.core.testing.MotoProcess;
import uz.ultramarket.core.testing.FixedClock;
import uz.ultramarket.registry.Registry;

/**
 * The accounts functions against real parts, for one test class: DynamoDB Local (in memory) with the registry's
 * accounts and audit tables, and moto (SNS, SQS, Secrets Manager) with the notifications topic, an SMS queue subscribed to it as
 * the real one is (raw, channel = sms), the signing-keys secret (empty: the functions make the first key) and the
 * admin phone secret. The handlers are the real ones over the real stores, on a clock the tests move.
 */
public final class AccountsWorld implements AutoCloseable {

    public final FixedClock clock = FixedClock.at("2026-11-23T10:00:00Z");
    public final Map<String, String> environment = new HashMap<>();
    public final AwsClients aws;
    public final AccountsTable table;
    public final String smsQueueUrl;
    public final String signingKeysArn;
    public final String adminPhoneArn;

    public final UserStore users;
    public final RefreshTokens refreshTokens;
    public final OtpChallenges challenges;
    public final SigningKeyStore signerKeys;
    public final SigningKeyStore verifierKeys;
    public final PasswordHasher passwords = new PasswordHasher();
    public final AddressBook addressBook;
    public final AccessTokenIssuer accessTokens;
    public final AccessTokenVerifier verifier;
    public final AuditTrail audit;
    public final CustomerStanding standing;

    public final RequestOtpHandler otp;
    public final RegisterHandler register;
    public final LoginHandler login;
    public final RefreshHandler refresh;
    public final LogoutHandler logout;
    public final ProfileHandler profile;
    public final AddressesHandler addresses;
    public final AdminSeed adminSeed;
    public final AdminCustomersHandler adminCustomers;

    private final DynamoDBProxyServer dynamoDb;
    private final MotoProcess moto;
    private final List<JsonNode> smsSeen = new ArrayList<>();

    public AccountsWorld() throws Exception {
        int dynamoPort = freePort();
        dynamoDb = ServerRunner.createServerFromCommandLineArgs(new String[] {"-inMemory", "-disableTelemetry", "-port", String.valueOf(dynamoPort)});
        dynamoDb.start();
        moto = MotoProcess.start();

        environment.put("AWS_REGION", "us-east-1");
        environment.put("AWS_ACCESS_KEY_ID", "testing");
        environment.put("AWS_SECRET_ACCESS_KEY", "testing");
        environment.put("AWS_ENDPOINT_URL", moto.endpoint());
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + dynamoPort);
        aws = new AwsClients(new Config(environment::get));

        var spec = Registry.ACCOUNTS;
        for (var table : List.of(spec, Registry.AUDIT)) {
            aws.dynamoDb().createTable(r -> r.tableName(table.name()).billingMode("PAY_PER_REQUEST")
                    .keySchema(k -> k.attributeName(table.partitionKey()).keyType(KeyType.HASH),
                            k -> k.attributeName(table.sortKey().orElseThrow()).keyType(KeyType.RANGE))
                    .attributeDefinitions(a -> a.attributeName(table.partitionKey()).attributeType(ScalarAttributeType.S),
                            a -> a.attributeName(table.sortKey().orElseThrow()).attributeType(ScalarAttributeType.S)));
        }
        String topicArn = aws.sns().createTopic(r -> r.name(Registry.NOTIFICATIONS.name())).topicArn();
        smsQueueUrl = aws.sqs().createQueue(r -> r.queueName("sms-notifications")).queueUrl();
        String queueArn = aws.sqs().getQueueAttributes(r -> r.queueUrl(smsQueueUrl).attributeNamesWithStrings("QueueArn")).attributesAsStrings().get("QueueArn");
        aws.sns().subscribe(r -> r.topicArn(topicArn).protocol("sqs").endpoint(queueArn)
                .attributes(Map.of("RawMessageDelivery", "true", "FilterPolicy", "{\"channel\":[\"sms\"]}")));
        signingKeysArn = aws.secretsManager().createSecret(r -> r.name("ultramarket/test/signing-keys")).arn();
        adminPhoneArn = aws.secretsManager().createSecret(r -> r.name("ultramarket/test/admin-bootstrap-phone")).arn();
        environment.put(Registry.ACCOUNTS.envName(), spec.name());
        environment.put(Registry.AUDIT.envName(), Registry.AUDIT.name());
        environment.put(NotificationPublisher.TOPIC_VARIABLE, topicArn);
        environment.put(Registry.SIGNING_KEYS.envName(), signingKeysArn);
        environment.put(Registry.ADMIN_BOOTSTRAP_PHONE.envName(), adminPhoneArn);

        table = new AccountsTable(aws.dynamoDb(), spec.name());
        users = new UserStore(table);
        refreshTokens = new RefreshTokens(table);
        challenges = new OtpChallenges(table);
        var throttle = new Throttle(table, clock);
        signerKeys = new SigningKeyStore(aws.secretsManager(), signingKeysArn, clock, Duration.ofMinutes(5), true);
        // another function's view of the keys, as carts or orders will have it: read only, its own cache
        verifierKeys = new SigningKeyStore(aws.secretsManager(), signingKeysArn, clock, Duration.ofMinutes(5), false);
        verifier = new AccessTokenVerifier(verifierKeys, clock);
        accessTokens = new AccessTokenIssuer(signerKeys, clock);
        addressBook = new AddressBook(table);
        audit = new AuditTrail(aws.dynamoDb(), Registry.AUDIT.name(), clock);
        standing = new CustomerStanding(table);
        var codes = new OtpCodes(signerKeys);
        var otpVerifier = new OtpVerifier(challenges, codes, clock);
        var sessions = new SessionService(users, refreshTokens, accessTokens, clock);

        otp = new RequestOtpHandler(new OtpSender(challenges, codes, throttle, new NotificationPublisher(aws.sns(), topicArn), clock));
        register = new RegisterHandler(new RegisterService(otpVerifier, users, passwords, sessions, clock), clock);
        login = new LoginHandler(new LoginService(otpVerifier, users, passwords, sessions, throttle), clock);
        refresh = new RefreshHandler(sessions, clock);
        logout = new LogoutHandler(refreshTokens);
        profile = new ProfileHandler(verifier, new ProfileService(users, passwords, clock));
        addresses = new AddressesHandler(verifier, new AddressService(addressBook, clock));
        adminSeed = new AdminSeed(users, aws.secretsManager(), adminPhoneArn, clock);
        adminCustomers = new AdminCustomersHandler(verifier, new AdminCustomersService(users, addressBook, audit, clock));
    }

    /** Every SMS notification on the queue so far (drained into memory; each appears once). */
    public synchronized List<JsonNode> smsNotifications() {
        while (true) {
            var messages = aws.sqs().receiveMessage(r -> r.queueUrl(smsQueueUrl).maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
            if (messages.isEmpty()) return List.copyOf(smsSeen);
            for (var message : messages) {
                try {
                    smsSeen.add(Json.mapper().readTree(message.body()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                aws.sqs().deleteMessage(r -> r.queueUrl(smsQueueUrl).receiptHandle(message.receiptHandle()));
            }
        }
    }

    /** The code in the last SMS to {@code phone} ({@code +998…}), read from the queue as the sms-notifier would. */
    public String lastCodeSentTo(String phone) {
        var sent = smsNotifications().stream().filter(n -> n.path("recipient").asText().equals(phone)).toList();
        if (sent.isEmpty()) throw new AssertionError("no SMS was published for " + phone);
        return sent.getLast().at("/parameters/code").asText();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        aws.close();
        dynamoDb.stop();
        moto.close();
    }
}
