package io.kine.infra.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An event exactly as stored, and its canonical bytes: what a chain link seals. The bytes are
 * the ASCII tag {@code kine.event.v1} followed by nine fields in this order, each written as a
 * 4-byte big-endian length and its UTF-8 bytes, a missing value as length -1 and no bytes:
 * event identifier, aggregate identifier, sequence number (decimal), aggregate type, payload
 * type, payload revision, payload, metadata, time stamp. Payload and metadata are the stored
 * JSON text, byte for byte, so any change to a stored column changes the hash.
 */
public record CanonicalEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String aggregateType,
        String payloadType,
        String payloadRevision,
        String payload,
        String metaData,
        String timeStamp) {

    static final String TAG = "kine.event.v1";

    /** The columns {@link #from} reads, for SELECT lists. */
    public static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "payload_type, payload_revision, payload, meta_data, time_stamp";

    public static CanonicalEvent from(ResultSet row) throws SQLException {
        return new CanonicalEvent(row.getLong("global_index"), row.getString("event_identifier"),
                row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type"),
                row.getString("payload_type"), row.getString("payload_revision"), row.getString("payload"),
                row.getString("meta_data"), row.getString("time_stamp"));
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length() + metaData.length() + 256);
        out.writeBytes(TAG.getBytes(StandardCharsets.US_ASCII));
        for (String field : new String[] {eventIdentifier, aggregateIdentifier, Long.toString(sequenceNumber),
                aggregateType, payloadType, payloadRevision, payload, metaData, timeStamp}) {
            if (field == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
                out.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
                out.writeBytes(utf8);
            }
        }
        return out.toByteArray();
    }
}
