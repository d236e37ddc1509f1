package uz.ultramarket.ops.health;

/** One dependency the shop cannot work without; {@link #check()} returns normally when it answers. */
public interface Probe {

    /** The name the health report uses: {@code dynamodb}, {@code postgresql}, {@code sns}, {@code sqs}. */
    String component();

    void check() throws Exception;
}
