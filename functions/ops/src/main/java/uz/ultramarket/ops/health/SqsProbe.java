package uz.ultramarket.ops.health;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** SQS answers when it can count the messages of the SMS notifications queue. */
final class SqsProbe implements Probe {
    private final SqsClient sqs;
    private final String queueUrl;

    SqsProbe(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override public String component() { return "sqs"; }

    @Override public void check() {
        sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }
}
