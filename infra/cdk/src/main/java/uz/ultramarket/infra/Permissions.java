package uz.ultramarket.infra;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.services.iam.PolicyStatement;
import uz.ultramarket.registry.Access;

/**
 * Turns what a function may touch into exactly that: IAM actions on those resources and nothing else, the environment
 * variables that name them, and — for the database — the network path to RDS Proxy.
 */
final class Permissions {

    private final DataStores data;
    private final Web web;
    private final Messaging messaging;
    private final CatalogDatabase database;
    private final OperatorSecrets secrets;
    private final Optional<Mail> mail;
    private final String shopUrl;

    Permissions(DataStores data, Web web, Messaging messaging, CatalogDatabase database, OperatorSecrets secrets, Optional<Mail> mail,
                String shopUrl) {
        this.data = data;
        this.web = web;
        this.messaging = messaging;
        this.database = database;
        this.secrets = secrets;
        this.mail = mail;
        this.shopUrl = shopUrl;
    }

    void grant(ShopFunction function, Access access) {
        var lambda = function.function();
        switch (access) {
            case Access.ReadTable read -> {
                var table = data.table(read.table());
                table.grantReadData(lambda);
                function.environment(read.table().envName(), table.getTableName());
            }
            case Access.WriteTable write -> {
                var table = data.table(write.table());
                table.grantReadWriteData(lambda);
                function.environment(write.table().envName(), table.getTableName());
            }
            // add items, nothing else: no reads, updates or deletes of what is logged
            case Access.AppendTo append -> {
                var table = data.table(append.table());
                lambda.addToRolePolicy(allow("dynamodb:PutItem", table.getTableArn()));
                function.environment(append.table().envName(), table.getTableName());
            }
            // presigned PUT URLs carry the function's own rights: PutObject under the prefix only
            case Access.UploadTo upload -> {
                var bucket = web.bucket(upload.bucket());
                lambda.addToRolePolicy(allow("s3:PutObject", bucket.arnForObjects(upload.prefix() + "*")));
                function.environment(upload.bucket().envName(), bucket.getBucketName());
            }
            case Access.Publish publish -> {
                var topic = messaging.topic(publish.topic());
                topic.grantPublish(lambda);
                // a publisher may also check that its topic is there (the health probe does)
                lambda.addToRolePolicy(allow("sns:GetTopicAttributes", topic.getTopicArn()));
                function.environment(publish.topic().envName(), topic.getTopicArn());
            }
            case Access.UseQueue use -> {
                var queue = messaging.queue(use.queue());
                if (use.consume()) queue.grantConsumeMessages(lambda);
                else lambda.addToRolePolicy(allow("sqs:GetQueueAttributes", queue.getQueueArn()));
                function.environment(use.queue().envName(), queue.getQueueUrl());
            }
            case Access.CatalogDatabase ignored -> {
                database.admit(lambda);
                function.environment("DB_SECRET_ARN", database.secret().getSecretArn());
                function.environment("DB_URL", database.jdbcUrl());
            }
            case Access.ReadSecret read -> {
                String arn = secrets.arn(read.secret());
                lambda.addToRolePolicy(allow("secretsmanager:GetSecretValue", arn));
                function.environment(read.secret().envName(), arn);
            }
            case Access.KeepSecret keep -> {
                String arn = secrets.arn(keep.secret());
                lambda.addToRolePolicy(PolicyStatement.Builder.create()
                        .actions(List.of("secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue")).resources(List.of(arn)).build());
                function.environment(keep.secret().envName(), arn);
            }
            case Access.SendEmail ignored -> {
                var from = mail.orElseThrow(() -> new IllegalStateException("the stack has no mail identity for " + function.spec().name()));
                from.identity().grantSendEmail(lambda);
                function.environment(Access.SendEmail.FROM_VARIABLE, from.from());
            }
            case Access.LinkToShop ignored -> function.environment(Access.LinkToShop.URL_VARIABLE, shopUrl);
        }
    }

    private static PolicyStatement allow(String action, String resource) {
        return PolicyStatement.Builder.create().actions(List.of(action)).resources(List.of(resource)).build();
    }
}
