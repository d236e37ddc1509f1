package uz.ultramarket.local;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Lambda's DynamoDB stream event source mapping, locally: reads every shard of a table's stream every
 * {@link #POLL_EVERY} from the position at start and hands the records to the consumer as a {@code DynamodbEvent}.
 * A failing batch — a throw, or {@code batchItemFailures}, retried from the first failed record — is tried
 * {@link #ATTEMPTS} times, then logged and skipped.
 */
final class StreamPoller extends Poller {
    static final Duration POLL_EVERY = Duration.ofMillis(200);
    static final int ATTEMPTS = 3;
    private static final Duration SHARD_REFRESH = Duration.ofSeconds(5);

    private final WarmContainer consumer;
    private final String streamArn;
    private final int batchSize;
    private final DynamoDbStreamsClient streams;
    private final Map<String, String> iterators = new LinkedHashMap<>();
    private final Set<String> knownShards = new HashSet<>();
    /** The last record delivered from each shard: where to read on after DynamoDB Local drops an iterator. */
    private final Map<String, String> delivered = new HashMap<>();
    /** Shards read again from their start because their first iterator was dropped before anything was delivered. */
    private final Set<String> readFromStart = new HashSet<>();
    private final java.time.Instant startedAt = java.time.Instant.now().minusSeconds(60);

    StreamPoller(WarmContainer consumer, String streamArn, int batchSize, DynamoDbStreamsClient streams) {
        this.consumer = consumer;
        this.streamArn = streamArn;
        this.batchSize = Math.min(batchSize, 1000); // GetRecords returns at most a thousand
        this.streams = streams;
    }

    /** Positions at the end of every open shard before returning, so every change made after start is delivered. */
    StreamPoller start() {
        addShards(ShardIteratorType.LATEST);
        startLoop("stream-" + consumer.name());
        return this;
    }

    @Override
    protected void loop() {
        long nextRefresh = System.nanoTime() + SHARD_REFRESH.toNanos();
        boolean lost = false;
        while (running()) {
            try {
                if (lost) {
                    addShards(ShardIteratorType.LATEST);
                    lost = false;
                }
                boolean delivered = false;
                for (var shard : List.copyOf(iterators.keySet())) {
                    GetRecordsResponse response;
                    try {
                        response = streams.getRecords(r -> r.shardIterator(iterators.get(shard)).limit(batchSize));
                    } catch (TrimmedDataAccessException | ExpiredIteratorException dropped) {
                        reposition(shard); // DynamoDB Local drops a LATEST iterator taken before the shard's first record
                        continue;
                    }
                    var records = response.records().stream().filter(r -> !skipped(shard, r)).toList();
                    if (!records.isEmpty()) {
                        deliver(records);
                        this.delivered.put(shard, records.getLast().dynamodb().sequenceNumber());
                        delivered = true;
                    }
                    if (response.nextShardIterator() == null) iterators.remove(shard); // the shard is closed and read
                    else iterators.put(shard, response.nextShardIterator());
                }
                if (System.nanoTime() > nextRefresh) {
                    addShards(ShardIteratorType.TRIM_HORIZON); // shards opened since: read them whole
                    nextRefresh = System.nanoTime() + SHARD_REFRESH.toNanos();
                }
                if (!delivered) Thread.sleep(POLL_EVERY);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running()) return;
                Progress.say("reading the stream " + streamArn + " for " + consumer.name() + " failed, starting again from its end: " + e.getMessage());
                iterators.clear();
                knownShards.clear();
                lost = true;
                sleepQuietly(POLL_EVERY.multipliedBy(5));
            }
        }
    }

    /** A new iterator for {@code shard}: right after the last record delivered, or from its start when none was. */
    private void reposition(String shard) {
        String after = delivered.get(shard);
        iterators.put(shard, streams.getShardIterator(r -> {
            r.streamArn(streamArn).shardId(shard);
            if (after == null) {
                r.shardIteratorType(ShardIteratorType.TRIM_HORIZON);
                readFromStart.add(shard);
            }
            else r.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(after);
        }).shardIterator());
    }

    // read from a shard's start after losing its first iterator: what changed well before this poller started is not
    // news (DynamoDB Local's creation times are coarse, hence the minute's margin; consumers take a repeat anyway)
    private boolean skipped(String shard, Record record) {
        var created = record.dynamodb().approximateCreationDateTime();
        return readFromStart.contains(shard) && !delivered.containsKey(shard) && created != null && created.isBefore(startedAt);
    }

    private void deliver(List<Record> records) {
        var remaining = records;
        for (int attempt = 1; running(); attempt++) {
            int failedAt;
            String why;
            try {
                failedAt = firstFailure(consumer.invoke(StreamRecords.event(remaining, streamArn)), remaining);
                why = "reported a failed record";
            } catch (RuntimeException | Error e) {
                failedAt = 0;
                why = e.toString();
            }
            if (failedAt < 0) return;
            remaining = remaining.subList(failedAt, remaining.size());
            if (attempt == ATTEMPTS) {
                Progress.say(consumer.name() + " failed " + remaining.size() + " stream record(s) " + ATTEMPTS + " times (" + why + "); skipping them");
                return;
            }
            sleepQuietly(POLL_EVERY.multipliedBy(attempt));
        }
    }

    /** Index of the first record to retry, or -1 when the whole batch succeeded. */
    private static int firstFailure(Object result, List<Record> records) {
        if (!(result instanceof StreamsEventResponse response) || response.getBatchItemFailures() == null
                || response.getBatchItemFailures().isEmpty()) return -1;
        int first = records.size();
        for (var failure : response.getBatchItemFailures()) {
            int index = -1;
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).dynamodb().sequenceNumber().equals(failure.getItemIdentifier())) index = i;
            }
            if (index < 0) return 0; // as in Lambda, an unknown identifier fails the whole batch
            first = Math.min(first, index);
        }
        return first;
    }

    private void addShards(ShardIteratorType position) {
        String after = null;
        do {
            String start = after;
            var description = streams.describeStream(r -> r.streamArn(streamArn).exclusiveStartShardId(start)).streamDescription();
            for (Shard shard : description.shards()) {
                if (!knownShards.add(shard.shardId())) continue;
                boolean closed = shard.sequenceNumberRange() != null && shard.sequenceNumberRange().endingSequenceNumber() != null;
                if (closed && position == ShardIteratorType.LATEST) continue;
                iterators.put(shard.shardId(), streams.getShardIterator(r -> r.streamArn(streamArn).shardId(shard.shardId())
                        .shardIteratorType(position)).shardIterator());
            }
            after = description.lastEvaluatedShardId();
        } while (after != null);
    }
}
