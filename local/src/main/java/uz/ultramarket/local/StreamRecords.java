package uz.ultramarket.local;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** DynamoDB Streams records as the SDK reads them, turned into the records Lambda hands to a stream consumer. */
final class StreamRecords {
    private StreamRecords() {}

    static DynamodbEvent event(List<Record> records, String streamArn) {
        var event = new DynamodbEvent();
        event.setRecords(records.stream().map(r -> record(r, streamArn)).toList());
        return event;
    }

    static DynamodbEvent.DynamodbStreamRecord record(Record source, String streamArn) {
        var record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventID(source.eventID());
        record.setEventName(source.eventNameAsString());
        record.setEventVersion(source.eventVersion());
        record.setEventSource(source.eventSource());
        record.setAwsRegion(source.awsRegion() == null ? LocalAws.REGION.id() : source.awsRegion());
        record.setEventSourceARN(streamArn);
        if (source.userIdentity() != null) {
            var identity = new Identity();
            identity.setPrincipalId(source.userIdentity().principalId());
            identity.setType(source.userIdentity().type());
            record.setUserIdentity(identity);
        }
        var change = source.dynamodb();
        var stream = new StreamRecord();
        if (change.approximateCreationDateTime() != null) stream.setApproximateCreationDateTime(Date.from(change.approximateCreationDateTime()));
        if (change.hasKeys()) stream.setKeys(item(change.keys()));
        if (change.hasNewImage()) stream.setNewImage(item(change.newImage()));
        if (change.hasOldImage()) stream.setOldImage(item(change.oldImage()));
        stream.setSequenceNumber(change.sequenceNumber());
        stream.setSizeBytes(change.sizeBytes());
        if (change.streamViewTypeAsString() != null) stream.setStreamViewType(StreamViewType.valueOf(change.streamViewTypeAsString()));
        record.setDynamodb(stream);
        return record;
    }

    static Map<String, AttributeValue> item(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> source) {
        var item = new LinkedHashMap<String, AttributeValue>();
        source.forEach((name, value) -> item.put(name, value(value)));
        return item;
    }

    static AttributeValue value(software.amazon.awssdk.services.dynamodb.model.AttributeValue source) {
        var value = new AttributeValue();
        switch (source.type()) {
            case S -> value.setS(source.s());
            case N -> value.setN(source.n());
            case B -> value.setB(source.b().asByteBuffer());
            case SS -> value.setSS(source.ss());
            case NS -> value.setNS(source.ns());
            case BS -> value.setBS(source.bs().stream().map(SdkBytes::asByteBuffer).toList());
            case M -> value.setM(item(source.m()));
            case L -> value.setL(source.l().stream().map(StreamRecords::value).toList());
            case BOOL -> value.setBOOL(source.bool());
            case NUL -> value.setNULL(source.nul());
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("attribute value of an unknown type: " + source);
        }
        return value;
    }
}
