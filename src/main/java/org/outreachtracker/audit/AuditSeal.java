package org.outreachtracker.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The seal that chains audit events: each event's hash is SHA-256 over the previous event's hash
 * and the event's own fields, so changing, removing or reordering an event breaks every link
 * after it. The fields are written in one fixed form (each value with its length, so no two
 * different events give the same text). The event's number in the chain is not sealed; the links
 * give the order.
 */
public final class AuditSeal {

    /** The "previous hash" of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "outreach-audit-v1";

    private AuditSeal() {}

    /** An event's sealed fields, as stored. */
    public record Fields(
            Instant occurredAt,
            String username,
            String action,
            String objectType,
            String objectId,
            String outcome,
            String sourceAddress,
            String details) {}

    /** The time as stored: both databases keep microseconds, so the seal covers no more. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** The hash of an event that follows the event whose hash is {@code previous}. */
    public static String hash(String previous, Fields fields) {
        var text = new StringBuilder(
                256 + (fields.details() == null ? 0 : fields.details().length()));
        text.append(VERSION).append('\n').append(previous).append('\n');
        value(
                text,
                fields.occurredAt() == null ? null : stored(fields.occurredAt()).toString());
        value(text, fields.username());
        value(text, fields.action());
        value(text, fields.objectType());
        value(text, fields.objectId());
        value(text, fields.outcome());
        value(text, fields.sourceAddress());
        value(text, fields.details());
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * Appends events to the trail on this connection, in its transaction: takes the chain's head
     * (a row lock, held until the transaction ends, so that appends from every node form one
     * chain), numbers and seals the events after it, and moves the head past them.
     */
    public static void append(Connection connection, List<Fields> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement take =
                connection.prepareStatement("update audit_chain set last_seq = last_seq + ? where id = 1")) {
            take.setLong(1, events.size());
            if (take.executeUpdate() != 1) {
                throw new SQLException("The audit trail's chain head (audit_chain, id 1) is missing.");
            }
        }
        long seq;
        String previous;
        try (PreparedStatement head =
                        connection.prepareStatement("select last_seq, last_hash from audit_chain where id = 1");
                ResultSet row = head.executeQuery()) {
            row.next();
            seq = row.getLong(1) - events.size();
            previous = row.getString(2);
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (occurred_at, username,"
                + " action, object_type, object_id, outcome, source_address, details, seq, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Fields event : events) {
                String hash = hash(previous, event);
                insert.setObject(1, OffsetDateTime.ofInstant(stored(event.occurredAt()), ZoneOffset.UTC));
                text(insert, 2, event.username());
                text(insert, 3, event.action());
                text(insert, 4, event.objectType());
                text(insert, 5, event.objectId());
                text(insert, 6, event.outcome());
                text(insert, 7, event.sourceAddress());
                text(insert, 8, event.details());
                insert.setLong(9, ++seq);
                insert.setString(10, previous);
                insert.setString(11, hash);
                insert.addBatch();
                previous = hash;
            }
            insert.executeBatch();
        }
        try (PreparedStatement move =
                connection.prepareStatement("update audit_chain set last_hash = ? where id = 1")) {
            move.setString(1, previous);
            move.executeUpdate();
        }
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void value(StringBuilder text, String value) {
        if (value == null) {
            text.append("-\n");
        } else {
            text.append(value.length()).append(':').append(value).append('\n');
        }
    }
}
