package uz.ultramarket.registry;

import java.util.List;
import java.util.Optional;

/**
 * A DynamoDB table. Keys are strings; {@code ttlAttribute} holds epoch seconds; {@code stream} says whether
 * the table's change stream is on (new and old images).
 */
public record Table(String name, String partitionKey, Optional<String> sortKey, Optional<String> ttlAttribute,
                    boolean stream, List<Index> indexes) {

    /** A global secondary index, projecting all attributes. */
    public record Index(String name, String partitionKey, Optional<String> sortKey) {}

    public Table {
        Names.check(name);
        indexes = List.copyOf(indexes);
    }

    /** The environment variable that carries this table's physical name to the functions that may touch it. */
    public String envName() { return "TABLE_" + Names.constant(name); }

    public static Builder named(String name) { return new Builder(name); }

    public static final class Builder {
        private final String name;
        private String partitionKey = "pk";
        private String sortKey;
        private String ttl;
        private boolean stream;
        private final java.util.ArrayList<Index> indexes = new java.util.ArrayList<>();

        private Builder(String name) { this.name = name; }

        public Builder key(String partitionKey, String sortKey) { this.partitionKey = partitionKey; this.sortKey = sortKey; return this; }
        public Builder key(String partitionKey) { return key(partitionKey, null); }
        public Builder ttl(String attribute) { this.ttl = attribute; return this; }
        public Builder stream() { this.stream = true; return this; }
        public Builder index(String indexName, String partitionKey, String sortKey) {
            indexes.add(new Index(indexName, partitionKey, Optional.ofNullable(sortKey)));
            return this;
        }

        public Table build() {
            return new Table(name, partitionKey, Optional.ofNullable(sortKey), Optional.ofNullable(ttl), stream, indexes);
        }
    }
}
