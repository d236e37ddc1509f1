package uz.ultramarket.registry;

/** An SNS topic that domain events are published to. */
public record Topic(String name) {
    public Topic { Names.check(name); }

    /** The environment variable that carries this topic's ARN. */
    public String envName() { return "TOPIC_" + Names.constant(name) + "_ARN"; }
}
