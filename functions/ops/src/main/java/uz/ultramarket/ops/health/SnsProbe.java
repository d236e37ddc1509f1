package uz.ultramarket.ops.health;

import software.amazon.awssdk.services.sns.SnsClient;

/** SNS answers when it knows the order-events topic. */
final class SnsProbe implements Probe {
    private final SnsClient sns;
    private final String topicArn;

    SnsProbe(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override public String component() { return "sns"; }

    @Override public void check() { sns.getTopicAttributes(r -> r.topicArn(topicArn)); }
}
